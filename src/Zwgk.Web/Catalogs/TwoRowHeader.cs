using Zwgk.Domain.Catalogs;

namespace Zwgk.Web.Catalogs;

/// <summary>
/// The guideline tables as the ministries publish them: a two-row header where 公开事项 spans 一级事项 · 二级事项, and
/// 公开对象 (全社会 · 特定群体), 公开方式 (主动 · 依申请) and 公开层级 (县级 · 乡级) span tick columns (rules/domains.md,
/// "Catalog row columns"). Turns each data row into the cells of the one-row layout, so the same checks apply: ticks
/// become "全社会", "主动", "县级、乡级"; text under 特定群体 names the group. A merged cell is read as its top-left cell.
/// </summary>
internal sealed class TwoRowHeader
{
    private static readonly Dictionary<string, string[]> Groups = new()
    {
        ["公开事项"] = [Columns.Category, Columns.Name],
        [Columns.Audience] = ["全社会", "特定群体"],
        [Columns.Method] = ["主动", "依申请"],
        [Columns.Levels] = ["县级", "乡级"],
    };

    // A blank cell, or one of these, is not a tick.
    private static readonly string[] NotTicked = ["", "否", "×", "✗", "✘", "-", "—", "无"];
    private static readonly string[] Ticks = ["√", "✓", "✔", "☑", "●", "是", "Y", "y"];
    private const string Same = "同上";

    // Spreadsheet column (A, B, …) → the one-row header it feeds, and the tick it stands for in a tick group.
    private readonly Dictionary<string, (string Header, string? Tick)> _columns;

    private TwoRowHeader(Dictionary<string, (string Header, string? Tick)> columns) => _columns = columns;

    /// <summary>The one-row headers this layout provides (tick groups and 公开事项 as their one-row columns).</summary>
    public IReadOnlyList<string> Headers => _columns.Values.Select(c => c.Header).Distinct().ToList();

    /// <summary>The layout of the first two rows, or null when they are not such a header (the second row is data).</summary>
    public static TwoRowHeader? TryCreate(IDictionary<string, object?> first, IDictionary<string, object?> second)
    {
        var columns = new Dictionary<string, (string, string?)>();
        string? group = null;
        var spans = 0;
        foreach (var key in first.Keys)
        {
            var top = Text(first, key);
            var below = Text(second, key);
            if (top.Length > 0)
            {
                group = Groups.ContainsKey(top) ? top : null;
            }

            if (group is not null && Groups[group].Contains(below))
            {
                // 公开事项's parts are one-row columns themselves; the tick groups' parts feed their group's column.
                columns[key] = group == "公开事项" ? (below, null) : (group, below);
                spans++;
            }
            else if (top.Length > 0 && below.Length == 0)
            {
                // Merged down over both header rows (序号, 公开内容（要素）, …).
                columns[key] = (top, null);
                group = Groups.ContainsKey(top) ? top : null;
            }
            else if (top.Length > 0 || below.Length > 0)
            {
                return null;
            }
        }

        return spans >= 2 ? new TwoRowHeader(columns) : null;
    }

    /// <summary>One data row in the cells of the one-row layout.</summary>
    public IDictionary<string, object?> Translate(IDictionary<string, object?> row)
    {
        var cells = new Dictionary<string, object?>();
        var ticks = new Dictionary<string, List<string>>();
        foreach (var (key, (header, tick)) in _columns)
        {
            var value = Text(row, key);
            if (tick is null)
            {
                cells[header] = value;
                continue;
            }

            var list = ticks.TryGetValue(header, out var l) ? l : ticks[header] = [];
            if (value == Same)
            {
                list.Add(Same);
            }
            else if (!NotTicked.Contains(value))
            {
                // Text under 特定群体 that is not a tick names the group: "特定群体：低保对象".
                list.Add(tick == "特定群体" && !Ticks.Contains(value) ? $"{tick}：{value}" : tick);
            }
        }

        foreach (var (header, list) in ticks)
        {
            // "同上" in any tick column of a group repeats the whole group from the row above.
            cells[header] = list.Contains(Same) ? Same : string.Join("、", list);
        }

        return cells;
    }

    private static string Text(IDictionary<string, object?> row, string key) =>
        row.TryGetValue(key, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
}
