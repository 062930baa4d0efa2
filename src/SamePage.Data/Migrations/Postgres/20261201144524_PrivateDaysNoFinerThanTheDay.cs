using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PrivateDaysNoFinerThanTheDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written (keep when regenerating): the tool would drop the columns and lose every
            // date. The existing times are cut to their UTC day instead.
            foreach (var table in new[] { "SelfChecks", "Concerns" })
            {
                migrationBuilder.RenameColumn(name: "CreatedAtUtc", table: table, newName: "CreatedOn");
                migrationBuilder.Sql($"ALTER TABLE \"{table}\" ALTER COLUMN \"CreatedOn\" TYPE date USING (\"CreatedOn\" AT TIME ZONE 'UTC')::date;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "SelfChecks", "Concerns" })
            {
                migrationBuilder.Sql($"ALTER TABLE \"{table}\" ALTER COLUMN \"CreatedOn\" TYPE timestamp with time zone USING (\"CreatedOn\"::timestamp AT TIME ZONE 'UTC');");
                migrationBuilder.RenameColumn(name: "CreatedOn", table: table, newName: "CreatedAtUtc");
            }
        }
    }
}
