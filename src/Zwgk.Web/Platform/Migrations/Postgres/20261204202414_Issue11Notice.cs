using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Issue11Notice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttributeNoticeNumber",
                table: "Documents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AttributePending",
                table: "Documents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DisclosureNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    AddresseeUnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisclosureNotices_Organizations_AddresseeUnitId",
                        column: x => x.AddresseeUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisclosureNotices_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_UnitId_AttributePending",
                table: "Documents",
                columns: new[] { "UnitId", "AttributePending" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureNotices_AddresseeUnitId",
                table: "DisclosureNotices",
                column: "AddresseeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureNotices_UnitId_Number",
                table: "DisclosureNotices",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureNotices_UnitId_Year_Serial",
                table: "DisclosureNotices",
                columns: new[] { "UnitId", "Year", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureNotices");

            migrationBuilder.DropIndex(
                name: "IX_Documents_UnitId_AttributePending",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AttributeNoticeNumber",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "AttributePending",
                table: "Documents");
        }
    }
}
