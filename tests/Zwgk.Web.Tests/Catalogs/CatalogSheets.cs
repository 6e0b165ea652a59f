using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Catalogs;

/// <summary>Spreadsheets in the standard layout, built with the same library the app reads them with, and the calls that upload them.</summary>
internal static class CatalogSheets
{
    public static readonly string[] Headers =
        ["序号", "试点领域", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "办事服务类", "政务服务事项名称", "备注"];

    /// <summary>A valid social-assistance row of the guideline (rules/domains.md), adapted to a street office.</summary>
    public static Dictionary<string, object?> Row(string name, string domain = "社会救助", string category = "最低生活保障") => new()
    {
        ["序号"] = 1,
        ["试点领域"] = domain,
        ["一级事项"] = category,
        ["二级事项"] = name,
        ["公开内容（要素）"] = "办理事项、条件、低保标准、申请材料、流程、时间地点、联系方式",
        ["公开依据"] = "《社会救助暂行办法》（国务院令第649号）",
        ["公开时限"] = "制定或获取之日起10个工作日内",
        ["公开主体"] = "东村街道办事处",
        ["公开渠道和载体"] = "政府网站、公开查阅点、便民服务中心",
        ["公开对象"] = "全社会",
        ["公开方式"] = "主动",
        ["公开层级"] = "乡级",
        ["办事服务类"] = "否",
        ["政务服务事项名称"] = "",
        ["备注"] = "",
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> row, string column, object? value)
    {
        row[column] = value;
        return row;
    }

    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var s = new MemoryStream();
        s.SaveAs(rows.ToList());
        return s.ToArray();
    }

    /// <summary>The five rows the journeys use: four from the guideline and one local item.</summary>
    public static List<Dictionary<string, object?>> Township() =>
    [
        Row("政策法规文件", category: "综合业务").With("公开内容（要素）", "《社会救助暂行办法》（国务院令第649号）及地方配套文件"),
        Row("办事指南"),
        Row("审核信息").With("公开内容（要素）", "初审对象名单及相关信息").With("公开时限", "10个工作日内公开，公示7个工作日").With("公开渠道和载体", "村（社区）公示栏"),
        Row("招生政策", domain: "义务教育", category: "招生入学").With("公开内容（要素）", "招生对象、条件、时间、程序、材料").With("公开时限", "信息形成或者变更之日起20个工作日内"),
        Row("街道年度预算", domain: "财政预决算", category: "政府预算").With("公开内容（要素）", "街道一般公共预算及说明").With("公开时限", "本级人大或其常委会批准后20日内"),
    ];

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string url, byte[] content, string fileName = "目录.xlsx", IDictionary<string, string>? fields = null)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (k, v) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(v), k);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return await client.PostAsync(url, form);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A fresh draft catalog of the unit, created by the given editor.</summary>
    public static async Task<int> NewCatalogAsync(this HttpClient editor, int unitId)
    {
        var created = await editor.PostAsJsonAsync("/api/v1/catalogs", new { unitId });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetInt32();
    }

    /// <summary>Creates an account with one role on one unit (as the demo admin) and returns a client signed in as it.</summary>
    public static async Task<HttpClient> NewUserAsync(this ZwgkFactory factory, string userName, string role, int unit)
    {
        var admin = factory.WithToken(DemoAccounts.AdminToken);
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = userName, password = "Catalog2026x", homeUnitId = unit, role });
        created.EnsureSuccessStatusCode();
        return await factory.AsUserAsync((userName, "Catalog2026x"));
    }
}
