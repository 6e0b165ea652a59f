using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Catalogs;
using Zwgk.Domain.Documents;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Platform.Concurrency;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// 新增本地事项 / 调整事项: every element of an item, with the guideline's original value beside each adapted one, and the
/// documents filed under it (an editor files a document here or on the document form).
/// </summary>
public sealed class CatalogItemEditModel(ZwgkDbContext db, CatalogService catalogs, CatalogLinks links) : AdminPageModel, IRevisedPage
{
    public int? Revision => Catalog?.Revision;

    public Type RevisedType => typeof(Zwgk.Domain.Catalogs.StandardCatalog);

    [BindProperty]
    public CatalogItemInput Input { get; set; } = new() { Levels = [CatalogLevels.County, CatalogLevels.Township], Channels = ["政府网站"] };

    public StandardCatalog Catalog { get; private set; } = null!;

    public CatalogItem? Item { get; private set; }

    public ItemElements? Original { get; private set; }

    public IReadOnlyList<PilotDomain> Domains { get; private set; } = [];

    public IReadOnlyList<(int Id, string Title, DocumentState State)> Linked { get; private set; } = [];

    public IReadOnlyList<(int Id, string Title)> Linkable { get; private set; } = [];

    public bool IsNew => Item is null;

    public async Task<IActionResult> OnGetAsync(int id, string item)
    {
        if (await LoadAsync(id, item) is { } refusal)
        {
            return refusal;
        }

        if (Item is not null)
        {
            Input = CatalogItemInput.From(Item.DomainId, Item.Elements);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string item)
    {
        if (await LoadAsync(id, item) is { } refusal)
        {
            return refusal;
        }

        var (elements, errors) = Input.ToElements();
        if (!ModelState.IsValid || elements is null)
        {
            this.ShowErrors(errors);
            return Page();
        }

        var o = Item is null
            ? await catalogs.AddItemAsync(id, new NewCatalogItem(Input.DomainId, null, elements))
            : await catalogs.EditItemAsync(id, Item.Id, elements);
        return await o.ToPageAsync(this, () =>
        {
            Flash = Item is null ? $"已新增事项“{elements.Name}”。" : $"已保存事项“{elements.Name}”。";
            return Redirect($"/admin/catalogs/{id}#item-{(Item?.Key ?? o.Value!.Items[^1].Key)}");
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, string item, int documentId, bool add)
    {
        if (await LoadAsync(id, item) is { } refusal || Item is null)
        {
            return NotFound();
        }

        var keys = await links.KeysOfAsync(documentId);
        keys.Remove(Item.Key);
        if (add)
        {
            keys.Add(Item.Key);
        }

        var filing = await links.SetAsync(documentId, keys);
        if (filing.Forbidden)
        {
            return Forbid();
        }

        Flash = filing.Ok ? (add ? "已把该信息归入本事项。" : "已取消归入。") : filing.Error;
        return Redirect($"/admin/catalogs/{id}/items/{Item.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, string item)
    {
        var (c, missing) = await catalogs.LoadForEditAsync(id);
        if (c is null)
        {
            return missing ? NotFound() : Forbid();
        }

        Catalog = c;
        Domains = await db.Set<PilotDomain>().AsNoTracking().OrderBy(d => d.Number).ToListAsync();
        if (item != "new")
        {
            Item = int.TryParse(item, out var itemId) ? c.Items.SingleOrDefault(i => i.Id == itemId) : null;
            if (Item is null)
            {
                return NotFound();
            }

            Original = Item.GuidelineItemId is int g ? await db.Set<GuidelineItem>().AsNoTracking().Where(x => x.Id == g).Select(x => x.Elements).SingleOrDefaultAsync() : null;
            var linkedIds = await db.Set<DocumentCatalogLink>().Where(l => l.ItemKey == Item.Key).Select(l => l.DocumentId).ToListAsync();
            Linked = (await db.Documents.AsNoTracking().Where(d => linkedIds.Contains(d.Id)).Select(d => new { d.Id, d.Title, d.State }).ToListAsync())
                .Select(d => (d.Id, d.Title, d.State)).ToList();
            Linkable = (await db.Documents.AsNoTracking().Where(d => d.UnitId == c.UnitId && !linkedIds.Contains(d.Id) && d.State != DocumentState.Withdrawn)
                .OrderByDescending(d => d.Id).Take(200).Select(d => new { d.Id, d.Title }).ToListAsync()).Select(d => (d.Id, d.Title)).ToList();
        }

        if (!c.IsEditable && Request.Method == "POST" && !Request.Query.ContainsKey("handler"))
        {
            Flash = "目录当前不能修改。";
            return Redirect($"/admin/catalogs/{id}");
        }

        Title = Item is null ? "新增本地事项" : $"调整事项：{Item.Elements.Name}";
        return null;
    }
}
