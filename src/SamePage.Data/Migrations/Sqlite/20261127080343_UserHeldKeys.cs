using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Sqlite
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
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "WrappedCircleKey",
                table: "Invites",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeyCost",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "KeySalt",
                table: "AspNetUsers",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "PassphraseWrappedKey",
                table: "AspNetUsers",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "RecoveryWrappedKey",
                table: "AspNetUsers",
                type: "BLOB",
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
