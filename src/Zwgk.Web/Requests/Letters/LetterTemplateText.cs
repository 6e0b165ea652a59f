using System.Text;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// A parsed template text. Syntax (docs/request-letters.md): <c>{{申请人}}</c> prints a field and needs it;
/// <c>{{#理由}}…{{/理由}}</c> prints its content only when the field has a value; <c>{{^负责机关}}…{{/负责机关}}</c>
/// only when it has none. Nothing else is interpreted, so an edited text can never run code or read other data.
/// </summary>
public sealed class LetterTemplateText
{
    private abstract record Node;

    private sealed record Literal(string Text) : Node;

    private sealed record Field(string Name) : Node;

    private sealed record Section(string Name, bool WhenPresent, List<Node> Children) : Node;

    private readonly List<Node> _nodes;

    private LetterTemplateText(List<Node> nodes) => _nodes = nodes;

    /// <summary>Parses the text; on errors (Chinese, one per problem) the template is null.</summary>
    public static (LetterTemplateText? Template, IReadOnlyList<string> Errors) Parse(string source)
    {
        var errors = new List<string>();
        var root = new List<Node>();
        var stack = new Stack<(Section Section, List<Node> Parent)>();
        var current = root;
        var at = 0;
        while (at < source.Length)
        {
            var open = source.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                current.Add(new Literal(source[at..]));
                break;
            }

            if (open > at)
            {
                current.Add(new Literal(source[at..open]));
            }

            var close = source.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                errors.Add($"“{Excerpt(source, open)}”缺少结尾的“}}}}”。");
                break;
            }

            var token = source[(open + 2)..close].Trim();
            at = close + 2;
            var marker = token.Length > 0 ? token[0] : ' ';
            var name = marker is '#' or '^' or '/' ? token[1..].Trim() : token;
            if (!LetterPlaceholders.IsKnown(name))
            {
                errors.Add($"未知的占位符“{{{{{token}}}}}”。");
                continue;
            }

            switch (marker)
            {
                case '#' or '^':
                    var section = new Section(name, marker == '#', []);
                    current.Add(section);
                    stack.Push((section, current));
                    current = section.Children;
                    break;
                case '/':
                    if (stack.Count == 0 || stack.Peek().Section.Name != name)
                    {
                        errors.Add($"“{{{{/{name}}}}}”没有对应的开始标记。");
                        break;
                    }

                    current = stack.Pop().Parent;
                    break;
                default:
                    current.Add(new Field(name));
                    break;
            }
        }

        foreach (var (section, _) in stack)
        {
            errors.Add($"“{{{{{(section.WhenPresent ? '#' : '^')}{section.Name}}}}}”没有对应的结束标记“{{{{/{section.Name}}}}}”。");
        }

        return errors.Count > 0 ? (null, errors) : (new LetterTemplateText(root), errors);
    }

    /// <summary>Whether the field is printed whatever the data (used outside every section).</summary>
    public bool AlwaysPrints(string name) => _nodes.OfType<Field>().Any(f => f.Name == name);

    /// <summary>Fills the template; every field it prints but the data lacks is added to <paramref name="missing"/>.</summary>
    public string Render(LetterFields fields, ICollection<string> missing)
    {
        var text = new StringBuilder();
        Write(_nodes, fields, missing, text);
        return text.ToString();
    }

    /// <summary>Renders or throws the Chinese message naming every missing field.</summary>
    public string Render(LetterFields fields, string what)
    {
        var missing = new List<string>();
        var text = Render(fields, missing);
        return missing.Count == 0 ? text : throw Missing(what, missing);
    }

    public static DomainRuleException Missing(string what, IEnumerable<string> missing) =>
        new($"生成“{what}”缺少以下内容：{string.Join("、", missing)}。请补充后再生成。");

    private static void Write(List<Node> nodes, LetterFields fields, ICollection<string> missing, StringBuilder text)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Literal l:
                    text.Append(l.Text);
                    break;
                case Field f when LetterPlaceholders.ValueOf(f.Name, fields) is { } value:
                    text.Append(value);
                    break;
                case Field f when !missing.Contains(f.Name):
                    missing.Add(f.Name); // in the order the text uses them
                    break;
                case Section s when (LetterPlaceholders.ValueOf(s.Name, fields) is not null) == s.WhenPresent:
                    Write(s.Children, fields, missing, text);
                    break;
            }
        }
    }

    private static string Excerpt(string source, int from) => source.Substring(from, Math.Min(20, source.Length - from));
}
