namespace Zwgk.Web.Platform;

/// <summary>
/// Operator commands on the built app, handled before the web host runs:
/// <c>dotnet Zwgk.Web.dll migrate</c> (migrations and shipped data ahead of a rollout) and
/// <c>dotnet Zwgk.Web.dll bootstrap …</c> (root unit, site and first administrator of an empty installation).
/// Without a command the app serves as usual.
/// </summary>
public sealed class Commands(string name, IReadOnlyDictionary<string, string> options)
{
    /// <summary>Where bootstrap reads the password when --password is not given, so it stays out of shell history.</summary>
    public const string PasswordVariable = "ZWGK_ADMIN_PASSWORD";

    public const string BootstrapUsage =
        "dotnet Zwgk.Web.dll bootstrap --unit-name 某市人民政府 --credit-code 18位统一社会信用代码 --site-code city --site-name 某市人民政府 "
        + "--host www.example.gov.cn --site-id-code 10位网站标识码 --admin 管理员用户名 [--password 密码 | 环境变量 " + PasswordVariable + " | 标准输入]";

    private static readonly string[] Known = ["migrate", "bootstrap"];

    public string Name => name;

    /// <summary>The command named by the first argument, or null when the app should serve.</summary>
    public static Commands? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('='))
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('='))
            {
                var key = args[i][2..];
                options[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
            }
        }

        return new Commands(args[0].ToLowerInvariant(), options);
    }

    /// <summary>Runs the command after the database has been migrated; returns the process exit code.</summary>
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextReader input, CancellationToken ct = default)
    {
        if (WantsHelp || !IsKnown)
        {
            await output.WriteLineAsync((IsKnown ? "" : $"未知命令“{name}”。") + $"可用命令：{string.Join("、", Known)}。\n用法：{BootstrapUsage}");
            return IsKnown ? 0 : 2;
        }

        switch (name)
        {
            case "migrate":
                await output.WriteLineAsync("数据库迁移和基础数据已是最新。");
                return 0;
            case "bootstrap":
                return await BootstrapAsync(services, output, input, ct);
            default:
                return 2;
        }
    }

    /// <summary>The arguments the host's configuration sees: all of them when serving; for a command only key=value settings
    /// (e.g. --ConnectionStrings:Zwgk=…), so a password given on the command line never enters configuration.</summary>
    public static string[] HostArgs(string[] args) => Parse(args) is null ? args : [.. args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))];

    public bool WantsHelp => options.ContainsKey("help");

    /// <summary>Unknown commands are refused before anything touches the database.</summary>
    public bool IsKnown => Known.Contains(name);

    private async Task<int> BootstrapAsync(IServiceProvider services, TextWriter output, TextReader input, CancellationToken ct)
    {
        var password = Option("password");
        if (password.Length == 0)
        {
            password = Environment.GetEnvironmentVariable(PasswordVariable) ?? "";
        }

        if (password.Length == 0)
        {
            await output.WriteLineAsync("请输入管理员密码（至少10位，含大小写字母和数字）：");
            password = (await input.ReadLineAsync(ct))?.Trim() ?? "";
        }

        var bootstrap = new BootstrapInput(Option("unit-name"), Option("credit-code"), Option("site-code"), Option("site-name"), Option("host"), Option("site-id-code"), Option("admin"), password);
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<Bootstrap>().RunAsync(bootstrap, ct);
        if (outcome.AlreadyDone)
        {
            await output.WriteLineAsync("数据库中已有单位，已初始化过，本次未作任何更改。");
            return 0;
        }

        if (!outcome.Created)
        {
            await output.WriteLineAsync("初始化未完成，未作任何更改：\n" + string.Join("\n", outcome.Errors.Select(e => "· " + e)) + "\n用法：" + BootstrapUsage);
            return 1;
        }

        await output.WriteLineAsync($"已创建单位“{bootstrap.UnitName}”、站点“{bootstrap.SiteName}”（{bootstrap.Host}）和系统管理员“{bootstrap.Admin}”。请登录 /admin。");
        return 0;
    }

    private string Option(string key) => options.TryGetValue(key, out var v) ? v.Trim() : "";
}
