using System.Text;

namespace Zwgk.Bench;

/// <summary>Realistic Chinese text: sentences and title fragments of the five real seed documents, recombined.</summary>
internal sealed class Corpus
{
    private readonly string[] _sentences;
    private readonly string[] _subjects = ["政务公开", "社会救助", "乡村振兴", "养老服务", "义务教育", "就业创业", "生态环境", "公共法律服务", "城乡规划", "户籍管理", "涉农补贴", "卫生健康"];
    private readonly string[] _genres = ["通知", "意见", "方案", "报告", "公告", "决定"];
    private readonly Random _random = new(20261123);

    public Corpus(string seedsFolder)
    {
        var text = string.Join('\n', Directory.GetFiles(seedsFolder, "*.txt").Select(File.ReadAllText));
        _sentences = text.Split(['。', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length >= 12 && !s.StartsWith('#'))
            .Distinct()
            .ToArray();
    }

    public string Genre() => _genres[_random.Next(_genres.Length)];

    public string Title(int i) =>
        $"关于做好{2019 + (i % 8)}年{_subjects[_random.Next(_subjects.Length)]}和{_subjects[_random.Next(_subjects.Length)]}工作的{Genre()}";

    /// <summary>About <paramref name="chars"/> characters of body text.</summary>
    public string Body(int chars)
    {
        var sb = new StringBuilder();
        while (sb.Length < chars)
        {
            sb.Append(_sentences[_random.Next(_sentences.Length)]).Append('。');
        }

        return sb.ToString();
    }

    public int Next(int max) => _random.Next(max);
}
