using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Tests.Workflow;

// Every refused step reaches an API client the same way: problem+json with the right status and a Chinese title and detail.
public sealed class StepAnswersTests
{
    public static TheoryData<string, int, string, string> Cases => new()
    {
        { "rule", 422, "不符合规则", "只有草稿可以修改；已提交的稿件请先退回。" },
        { "field", 400, "提交的数据未通过校验", "请填写标题。" },
        { "fields", 400, "提交的数据未通过校验", "请按各字段的提示修改后重新提交。" },
        { "forbidden", 403, "无权操作", "您在该信息所属单位没有此项权限。" },
        { "not-found", 404, "未找到", "信息或单位不存在。" },
        { "conflict", 409, "编辑冲突", "已被他人修改，请刷新后重试" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_failure_answers_problem_json_in_Chinese(string failure, int status, string title, string detail)
    {
        StepResult result = failure switch
        {
            "rule" => StepResult.Refused<string>("只有草稿可以修改；已提交的稿件请先退回。"),
            "field" => StepResult.Invalid<string>(new Dictionary<string, string[]> { ["Title"] = ["请填写标题。"] }),
            "fields" => StepResult.Invalid<string>(new Dictionary<string, string[]> { ["Title"] = ["请填写标题。"], ["Body"] = ["请填写正文。"] }),
            "forbidden" => StepResult.Denied<string>(),
            "not-found" => StepResult.Missing<string>(),
            _ => StepResult.Stale<string>(),
        };

        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await result.ToProblem(notFound: "信息或单位不存在。", forbidden: "您在该信息所属单位没有此项权限。").ExecuteAsync(http);

        Assert.Equal(status, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
        http.Response.Body.Position = 0;
        using var json = await JsonDocument.ParseAsync(http.Response.Body);
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(detail, json.RootElement.GetProperty("detail").GetString());
        if (failure == "fields")
        {
            Assert.Equal("请填写标题。", json.RootElement.GetProperty("errors").GetProperty("Title")[0].GetString());
        }
    }

    [Fact]
    public void A_step_that_went_through_has_no_problem_to_answer()
    {
        Assert.Throws<InvalidOperationException>(() => StepResult.Done("ok").ToProblem());
    }
}
