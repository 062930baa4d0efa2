using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CheckInsAndConcerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CheckInCadenceDays",
                table: "Circles",
                type: "integer",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CircleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Revealed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CircleId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorMembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SealedDraft = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedShared = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SharedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SealedOutcome = table.Column<byte[]>(type: "bytea", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Concerns_Memberships_AuthorMembershipId",
                        column: x => x.AuthorMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfChecks_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckInResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckInId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SealedAnswers = table.Column<byte[]>(type: "bytea", nullable: false),
                    Submitted = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInResponses_CheckIns_CheckInId",
                        column: x => x.CheckInId,
                        principalTable: "CheckIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckInResponses_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernRecipients",
                columns: table => new
                {
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernRecipients", x => new { x.ConcernId, x.MembershipId });
                    table.ForeignKey(
                        name: "FK_ConcernRecipients_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernRecipients_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    SealedText = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernResponses_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernResponses_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInResponses_CheckInId_MembershipId",
                table: "CheckInResponses",
                columns: new[] { "CheckInId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckInResponses_MembershipId",
                table: "CheckInResponses",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_CircleId_Number",
                table: "CheckIns",
                columns: new[] { "CircleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConcernRecipients_MembershipId",
                table: "ConcernRecipients",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernResponses_ConcernId",
                table: "ConcernResponses",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernResponses_MembershipId",
                table: "ConcernResponses",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AuthorMembershipId",
                table: "Concerns",
                column: "AuthorMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_CircleId",
                table: "Concerns",
                column: "CircleId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfChecks_MembershipId",
                table: "SelfChecks",
                column: "MembershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckInResponses");

            migrationBuilder.DropTable(
                name: "ConcernRecipients");

            migrationBuilder.DropTable(
                name: "ConcernResponses");

            migrationBuilder.DropTable(
                name: "SelfChecks");

            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropColumn(
                name: "CheckInCadenceDays",
                table: "Circles");
        }
    }
}
