namespace Zwgk.Web.Catalogs;

/// <summary>
/// What the shared item table needs: the rows, and whether it is the editor's (with actions) or the public's view. In
/// the console its item forms carry the catalog's revision, like every other form of the catalog page.
/// </summary>
public sealed record ItemTableModel(IReadOnlyList<ItemView> Items, Zwgk.Domain.Catalogs.StandardCatalog Catalog, bool Editable, bool Public, string? DocumentLinkBase = null)
    : Zwgk.Web.Platform.Concurrency.IRevisedPage
{
    public int? Revision => Public ? null : Catalog.Revision;

    public Type RevisedType => typeof(Zwgk.Domain.Catalogs.StandardCatalog);
}
