using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SoundingBoardLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SoundingBoardLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WrappedForCode = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WrappedForOwner = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedLabel = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedCopy = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedNote = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastOpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Opens = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxOpens = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SoundingBoardLinks", x => x.Id);
                    table.CheckConstraint("CK_SoundingBoardLinks_Opens", "\"Opens\" >= 0 AND \"Opens\" <= \"MaxOpens\" AND \"MaxOpens\" BETWEEN 1 AND 20");
                    table.ForeignKey(
                        name: "FK_SoundingBoardLinks_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SoundingBoardLinks_AccountId",
                table: "SoundingBoardLinks",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_SoundingBoardLinks_CodeHash",
                table: "SoundingBoardLinks",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SoundingBoardLinks_ExpiresAtUtc",
                table: "SoundingBoardLinks",
                column: "ExpiresAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SoundingBoardLinks");
        }
    }
}
