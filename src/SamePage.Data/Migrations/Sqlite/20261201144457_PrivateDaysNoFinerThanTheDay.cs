using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivateDaysNoFinerThanTheDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (keep when regenerating): the rename alone would keep the time of day in
            // every existing value. SQLite keeps dates as text ("2026-12-01 14:45:00.1234567"); the day is its first 10 characters.
            foreach (var table in new[] { "SelfChecks", "Concerns" })
            {
                migrationBuilder.RenameColumn(name: "CreatedAtUtc", table: table, newName: "CreatedOn");
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"CreatedOn\" = substr(\"CreatedOn\", 1, 10);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "SelfChecks", "Concerns" })
            {
                migrationBuilder.RenameColumn(name: "CreatedOn", table: table, newName: "CreatedAtUtc");
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"CreatedAtUtc\" = \"CreatedAtUtc\" || ' 00:00:00';");
            }
        }
    }
}
