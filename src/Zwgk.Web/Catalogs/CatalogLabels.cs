namespace Zwgk.Web.Catalogs;

/// <summary>Chinese names of the catalog event codes.</summary>
public static class CatalogLabels
{
    private static readonly Dictionary<string, string> Actions = new()
    {
        ["Created"] = "新建目录",
        ["Revised"] = "创建修订版",
        ["Edited"] = "修改",
        ["ItemAdded"] = "新增事项",
        ["ItemEdited"] = "调整事项",
        ["ItemRemoved"] = "删除事项",
        ["ItemApplicability"] = "设置是否适用",
        ["Imported"] = "导入",
        ["Submitted"] = "提交审核",
        ["Returned"] = "退回修改",
        ["Approved"] = "审核通过",
        ["Published"] = "发布",
        ["Superseded"] = "被新版本替代",
    };

    public static string Action(string code) => Actions.TryGetValue(code, out var label) ? label : code;
}

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
