using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UserHeldKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "WrappedCircleKey",
                table: "Memberships",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "WrappedCircleKey",
                table: "Invites",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyCost",
                table: "AspNetUsers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "KeySalt",
                table: "AspNetUsers",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "PassphraseWrappedKey",
                table: "AspNetUsers",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "RecoveryWrappedKey",
                table: "AspNetUsers",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WrappedCircleKey",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "WrappedCircleKey",
                table: "Invites");

            migrationBuilder.DropColumn(
                name: "KeyCost",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "KeySalt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PassphraseWrappedKey",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "RecoveryWrappedKey",
                table: "AspNetUsers");
        }
    }
}
