using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeyEpochs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeyEpoch",
                table: "Memberships",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "CreatedByMembershipId",
                table: "Invites",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KeyEpoch",
                table: "Invites",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "KeyEpoch",
                table: "Circles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<byte[]>(
                name: "PublicKey",
                table: "AspNetUsers",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "WrappedPrivateKey",
                table: "AspNetUsers",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CircleKeyEpochs",
                columns: table => new
                {
                    CircleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Epoch = table.Column<int>(type: "integer", nullable: false),
                    SealedPreviousKey = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CircleKeyEpochs", x => new { x.CircleId, x.Epoch });
                    table.ForeignKey(
                        name: "FK_CircleKeyEpochs_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invites_CreatedByMembershipId",
                table: "Invites",
                column: "CreatedByMembershipId");

            migrationBuilder.AddForeignKey(
                name: "FK_Invites_Memberships_CreatedByMembershipId",
                table: "Invites",
                column: "CreatedByMembershipId",
                principalTable: "Memberships",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Invites_Memberships_CreatedByMembershipId",
                table: "Invites");

            migrationBuilder.DropTable(
                name: "CircleKeyEpochs");

            migrationBuilder.DropIndex(
                name: "IX_Invites_CreatedByMembershipId",
                table: "Invites");

            migrationBuilder.DropColumn(
                name: "KeyEpoch",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "CreatedByMembershipId",
                table: "Invites");

            migrationBuilder.DropColumn(
                name: "KeyEpoch",
                table: "Invites");

            migrationBuilder.DropColumn(
                name: "KeyEpoch",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "PublicKey",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "WrappedPrivateKey",
                table: "AspNetUsers");
        }
    }
}
