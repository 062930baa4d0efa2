using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DiscreetMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DiscreetMode",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DiscreetMode",
                table: "AspNetUsers");
        }
    }
}
