using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DemoSamplePartner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DemoOwnerId",
                table: "Circles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsSamplePartner",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Circles_DemoOwnerId",
                table: "Circles",
                column: "DemoOwnerId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Circles_AspNetUsers_DemoOwnerId",
                table: "Circles",
                column: "DemoOwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Circles_AspNetUsers_DemoOwnerId",
                table: "Circles");

            migrationBuilder.DropIndex(
                name: "IX_Circles_DemoOwnerId",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "DemoOwnerId",
                table: "Circles");

            migrationBuilder.DropColumn(
                name: "IsSamplePartner",
                table: "AspNetUsers");
        }
    }
}
