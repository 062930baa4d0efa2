using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoundsReflectionsCustomBehaviours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomBehaviours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CircleId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedByMembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromRound = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomBehaviours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomBehaviours_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CustomBehaviours_Memberships_AddedByMembershipId",
                        column: x => x.AddedByMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedPrivate = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedShared = table.Column<byte[]>(type: "bytea", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reflections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reflections_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Reflections_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomBehaviours_AddedByMembershipId",
                table: "CustomBehaviours",
                column: "AddedByMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomBehaviours_CircleId_FromRound",
                table: "CustomBehaviours",
                columns: new[] { "CircleId", "FromRound" });

            migrationBuilder.CreateIndex(
                name: "IX_Reflections_MembershipId",
                table: "Reflections",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Reflections_RoundId_MembershipId",
                table: "Reflections",
                columns: new[] { "RoundId", "MembershipId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomBehaviours");

            migrationBuilder.DropTable(
                name: "Reflections");
        }
    }
}
