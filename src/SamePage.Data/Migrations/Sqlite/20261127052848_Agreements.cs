using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SamePage.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Agreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgreementDrafts",
                columns: table => new
                {
                    CircleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEditedByMembershipId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementDrafts", x => x.CircleId);
                    table.ForeignKey(
                        name: "FK_AgreementDrafts_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementDrafts_Memberships_LastEditedByMembershipId",
                        column: x => x.LastEditedByMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgreementVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CircleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedDocument = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DraftRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedByMembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActivatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WithdrawnByMembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Concurrency = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_Memberships_ProposedByMembershipId",
                        column: x => x.ProposedByMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_Memberships_WithdrawnByMembershipId",
                        column: x => x.WithdrawnByMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DraftClauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CircleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LastEditedByMembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftClauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftClauses_Circles_CircleId",
                        column: x => x.CircleId,
                        principalTable: "Circles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DraftClauses_Memberships_LastEditedByMembershipId",
                        column: x => x.LastEditedByMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSignatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedSignerName = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementDrafts_LastEditedByMembershipId",
                table: "AgreementDrafts",
                column: "LastEditedByMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_MembershipId",
                table: "AgreementSignatures",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_VersionId_MembershipId",
                table: "AgreementSignatures",
                columns: new[] { "VersionId", "MembershipId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_CircleId_Number",
                table: "AgreementVersions",
                columns: new[] { "CircleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_ProposedByMembershipId",
                table: "AgreementVersions",
                column: "ProposedByMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_WithdrawnByMembershipId",
                table: "AgreementVersions",
                column: "WithdrawnByMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftClauses_CircleId_Position",
                table: "DraftClauses",
                columns: new[] { "CircleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_DraftClauses_LastEditedByMembershipId",
                table: "DraftClauses",
                column: "LastEditedByMembershipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementDrafts");

            migrationBuilder.DropTable(
                name: "AgreementSignatures");

            migrationBuilder.DropTable(
                name: "DraftClauses");

            migrationBuilder.DropTable(
                name: "AgreementVersions");
        }
    }
}
