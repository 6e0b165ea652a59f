namespace Zwgk.Domain.Catalogs;

/// <summary>
/// 公开渠道和载体: the channels an item is published through. One canonical name each; the spellings real catalogs use
/// (rules/domains.md, the guideline rows) are recognised, so "两微一端" is 政务新媒体 and "村（社区）公示栏" is 村(居)务公开栏.
/// </summary>
public static class Channels
{
    public static readonly IReadOnlyList<string> All =
    [
        "政府网站", "政府公报", "政务新媒体", "发布会/听证会", "广播电视", "报刊", "公开查阅点", "政务服务中心/便民服务中心",
        "便民服务站", "政务公开栏", "村(居)务公开栏", "精准推送", "现场/入户", "其他",
    ];

    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["门户网站"] = "政府网站",
        ["政府门户网站"] = "政府网站",
        ["两微一端"] = "政务新媒体",
        ["政务微博"] = "政务新媒体",
        ["政务微信"] = "政务新媒体",
        ["新媒体"] = "政务新媒体",
        ["发布会"] = "发布会/听证会",
        ["新闻发布会"] = "发布会/听证会",
        ["听证会"] = "发布会/听证会",
        ["广播"] = "广播电视",
        ["电视"] = "广播电视",
        ["纸质媒体"] = "报刊",
        ["报纸"] = "报刊",
        ["政务服务中心"] = "政务服务中心/便民服务中心",
        ["便民服务中心"] = "政务服务中心/便民服务中心",
        ["政务服务大厅"] = "政务服务中心/便民服务中心",
        ["公开栏"] = "政务公开栏",
        ["公示栏"] = "政务公开栏",
        ["村务公开栏"] = "村(居)务公开栏",
        ["居务公开栏"] = "村(居)务公开栏",
        ["村(社区)公示栏"] = "村(居)务公开栏",
        ["社区/企事业单位/村公示栏(电子屏)"] = "村(居)务公开栏",
        ["入户"] = "现场/入户",
        ["现场"] = "现场/入户",
        ["入户/现场"] = "现场/入户",
    };

    /// <summary>The canonical name of a channel as written, or null when it is not a channel we know.</summary>
    public static string? Canonical(string text)
    {
        var t = Normalize(text);
        var known = All.FirstOrDefault(c => Normalize(c) == t);
        return known ?? Aliases.FirstOrDefault(a => Normalize(a.Key) == t).Value;
    }

    /// <summary>Splits a cell such as "政府网站、公开查阅点、政务服务中心" into canonical names; unknown ones are returned separately.</summary>
    public static (IReadOnlyList<string> Known, IReadOnlyList<string> Unknown) Parse(string text)
    {
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var part in (text ?? "").Split(['、', '，', ',', '；', ';', '\n', '+', '＋'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Canonical(part) is { } c)
            {
                if (!known.Contains(c))
                {
                    known.Add(c);
                }
            }
            else
            {
                unknown.Add(part);
            }
        }

        return (known.OrderBy(c => IndexOf(c)).ToList(), unknown);
    }

    public static string Join(IEnumerable<string> channels) => string.Join('、', channels);

    private static int IndexOf(string channel) => All.ToList().IndexOf(channel);

    private static string Normalize(string s) =>
        new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace('（', '(').Replace('）', ')').Replace('／', '/');
}
