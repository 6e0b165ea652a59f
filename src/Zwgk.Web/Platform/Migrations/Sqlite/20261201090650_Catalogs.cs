using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zwgk.Web.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Catalogs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocumentCatalogLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCatalogLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentCatalogLinks_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DocumentCatalogLinks_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PilotDomains",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotDomains", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceItems_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardCatalogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewOpinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardCatalogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardCatalogs_Organizations_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandardCatalogs_StandardCatalogs_PreviousId",
                        column: x => x.PreviousId,
                        principalTable: "StandardCatalogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DomainResponsibilities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CityUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DomainId = table.Column<int>(type: "INTEGER", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DomainResponsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DomainResponsibilities_Organizations_CityUnitId",
                        column: x => x.CityUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DomainResponsibilities_PilotDomains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "PilotDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Guidelines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DomainId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Guidelines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Guidelines_PilotDomains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "PilotDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CatalogEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogEvents_StandardCatalogs_CatalogId",
                        column: x => x.CatalogId,
                        principalTable: "StandardCatalogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogReviewComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogReviewComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogReviewComments_StandardCatalogs_CatalogId",
                        column: x => x.CatalogId,
                        principalTable: "StandardCatalogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GuidelineItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuidelineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Elements_Audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Elements_AudienceGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Elements_Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_ChannelList = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Elements_Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Elements_IsService = table.Column<bool>(type: "INTEGER", nullable: false),
                    Elements_LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Elements_Levels = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Elements_Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Elements_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_Remarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Elements_ResponsibleBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_ServiceItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Elements_TimeLimit_Amount = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_FixedDay = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_FixedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_PublicityDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_PublicityInWorkingDays = table.Column<bool>(type: "INTEGER", nullable: false),
                    Elements_TimeLimit_StartEvent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_TimeLimit_Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Elements_TimeLimit_Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidelineItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidelineItems_Guidelines_GuidelineId",
                        column: x => x.GuidelineId,
                        principalTable: "Guidelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CatalogItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CatalogId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    DomainId = table.Column<int>(type: "INTEGER", nullable: false),
                    GuidelineItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    NotApplicableReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FirstPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Elements_Audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Elements_AudienceGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Elements_Category = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_ChannelList = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Elements_Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Elements_IsService = table.Column<bool>(type: "INTEGER", nullable: false),
                    Elements_LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Elements_Levels = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Elements_Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Elements_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_Remarks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Elements_ResponsibleBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_ServiceItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Elements_TimeLimit_Amount = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_FixedDay = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_FixedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_PublicityDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Elements_TimeLimit_PublicityInWorkingDays = table.Column<bool>(type: "INTEGER", nullable: false),
                    Elements_TimeLimit_StartEvent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Elements_TimeLimit_Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Elements_TimeLimit_Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogItems_GuidelineItems_GuidelineItemId",
                        column: x => x.GuidelineItemId,
                        principalTable: "GuidelineItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogItems_PilotDomains_DomainId",
                        column: x => x.DomainId,
                        principalTable: "PilotDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CatalogItems_StandardCatalogs_CatalogId",
                        column: x => x.CatalogId,
                        principalTable: "StandardCatalogs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogEvents_CatalogId",
                table: "CatalogEvents",
                column: "CatalogId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_CatalogId_Sequence",
                table: "CatalogItems",
                columns: new[] { "CatalogId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_DomainId",
                table: "CatalogItems",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_GuidelineItemId",
                table: "CatalogItems",
                column: "GuidelineItemId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogItems_Key",
                table: "CatalogItems",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogReviewComments_CatalogId_Round",
                table: "CatalogReviewComments",
                columns: new[] { "CatalogId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCatalogLinks_DocumentId_ItemKey",
                table: "DocumentCatalogLinks",
                columns: new[] { "DocumentId", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCatalogLinks_ItemKey",
                table: "DocumentCatalogLinks",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCatalogLinks_UnitId",
                table: "DocumentCatalogLinks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DomainResponsibilities_CityUnitId_DomainId",
                table: "DomainResponsibilities",
                columns: new[] { "CityUnitId", "DomainId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DomainResponsibilities_DomainId",
                table: "DomainResponsibilities",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidelineItems_GuidelineId_Sequence",
                table: "GuidelineItems",
                columns: new[] { "GuidelineId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Guidelines_DomainId",
                table: "Guidelines",
                column: "DomainId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotDomains_Name",
                table: "PilotDomains",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotDomains_Number",
                table: "PilotDomains",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceItems_UnitId_Name",
                table: "ServiceItems",
                columns: new[] { "UnitId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardCatalogs_PreviousId",
                table: "StandardCatalogs",
                column: "PreviousId");

            migrationBuilder.CreateIndex(
                name: "IX_StandardCatalogs_UnitId_Number",
                table: "StandardCatalogs",
                columns: new[] { "UnitId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardCatalogs_UnitId_State",
                table: "StandardCatalogs",
                columns: new[] { "UnitId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogEvents");

            migrationBuilder.DropTable(
                name: "CatalogItems");

            migrationBuilder.DropTable(
                name: "CatalogReviewComments");

            migrationBuilder.DropTable(
                name: "DocumentCatalogLinks");

            migrationBuilder.DropTable(
                name: "DomainResponsibilities");

            migrationBuilder.DropTable(
                name: "ServiceItems");

            migrationBuilder.DropTable(
                name: "GuidelineItems");

            migrationBuilder.DropTable(
                name: "StandardCatalogs");

            migrationBuilder.DropTable(
                name: "Guidelines");

            migrationBuilder.DropTable(
                name: "PilotDomains");
        }
    }
}
