using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue11Correct : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Correction",
                table: "Documents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionContentJson",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "Documents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PendingCorrection",
                table: "DocumentAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RemovedByCorrection",
                table: "DocumentAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Correction",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CorrectionContentJson",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "PendingCorrection",
                table: "DocumentAttachments");

            migrationBuilder.DropColumn(
                name: "RemovedByCorrection",
                table: "DocumentAttachments");
        }
    }
}
