using System.Text.Json;
using Microsoft.Playwright;

namespace Zwgk.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core (installed by scripts/test.sh from package.json) in the page and returns serious or critical violations.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(file))
            {
                return File.ReadAllText(file);
            }
        }

        throw new FileNotFoundException("axe-core 未安装：请运行 bash scripts/test.sh（或 npm ci）。");
    });

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Evaluated through the browser's debugging protocol, not as an inline <script>: the site's CSP forbids inline
        // script, and the check must not loosen it. axe's bundle puts itself on window.
        await page.EvaluateAsync("() => {\n" + Script.Value + "\n}");
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }))");
        return json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} 处): {v.GetProperty("help").GetString()}")
            .ToList();
    }
}
