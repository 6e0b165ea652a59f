using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Documents;

/// <summary>One line of a console document list, with its Art. 26 timeliness already worked out.</summary>
public sealed record DocumentRow(
    int Id, string Title, string UnitName, DisclosureAttribute Attribute, DocumentState State, string? IndexNumber,
    DateOnly? WrittenOn, DateOnly? PublishedOn, string Timeliness, bool Late);

/// <summary>Queries and labels shared by the console's document pages.</summary>
public static class DocumentConsole
{
    /// <summary>The state filters offered in the list, in the order of a document's life.</summary>
    public static readonly IReadOnlyList<(DocumentState State, string Label)> StateFilters =
    [
        (DocumentState.Draft, "草稿"),
        (DocumentState.ConfidentialityReview, "待保密审查"),
        (DocumentState.AwaitingFiling, "待备案"),
        (DocumentState.SignOff, "待审签"),
        (DocumentState.Scheduled, "定时发布"),
        (DocumentState.Published, "已发布"),
        (DocumentState.Filed, "已归档"),
        (DocumentState.Withdrawn, "已撤稿"),
    ];

    public static string ActionName(string action) => action switch
    {
        "Created" => "新建草稿",
        "Edited" => "修改草稿",
        "Submitted" => "提交保密审查",
        "ConfidentialityPassed" => "保密审查通过",
        Document.FilingRecorded => "政务公开工作机构备案",
        Document.DutyOverridden => "同一人办理（放宽职责分离）",
        "AttributeSettled" => "公函认定公开属性",
        "Returned" => "退回修改",
        "Scheduled" => "审签（定时发布）",
        "Published" => "发布",
        "Filed" => "审签归档",
        "Withdrawn" => "撤稿",
        "Corrected" => "更正稿审签发布",
        "CorrectionPrepared" => "起草更正稿",
        "CorrectionSubmitted" => "提交更正稿保密审查",
        "CorrectionReviewed" => "更正稿保密审查通过",
        "CorrectionReturned" => "退回更正稿",
        "CorrectionFileChanged" => "更正稿附件变更",
        "Converted" => "转为主动公开",
        "ValidityChanged" => "有效性变化",
        _ => action,
    };

    /// <summary>China time for display, minutes precision.</summary>
    public static string Time(DateTime utc) => ChinaTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Documents of the units in the current unit's subtree where the user edits or reviews.</summary>
    public static async Task<IQueryable<Document>> InSubtreeAsync(ZwgkDbContext db, CurrentUnit current, CancellationToken ct = default)
    {
        var editable = (await current.SubtreeAsync(Permission.EditContent, ct)).Select(o => o.Id);
        var reviewable = (await current.SubtreeAsync(Permission.ReviewContent, ct)).Select(o => o.Id);
        return db.Documents.AsNoTracking().Where(d => editable.Contains(d.UnitId) || reviewable.Contains(d.UnitId));
    }

    /// <summary>Loads one page of rows; timeliness is derived when read, from the official calendar.</summary>
    public static async Task<List<DocumentRow>> RowsAsync(
        ZwgkDbContext db, IQueryable<Document> query, WorkingDayCalendar calendar, DateOnly today, int skip, int take, CancellationToken ct = default)
    {
        var items = await (
            from d in query
            join o in db.Organizations on d.UnitId equals o.Id
            orderby d.Id descending
            select new { d.Id, d.Title, Unit = o.Name, d.Attribute, d.State, d.IndexNumber, d.WrittenOn, d.PublishedAt })
            .Skip(skip).Take(take).ToListAsync(ct);
        return items.Select(d =>
        {
            DateOnly? published = d.PublishedAt is { } at ? ChinaTime.DateOf(at) : null;
            var (text, late) = TimelinessOf(calendar, d.Attribute, d.State, d.WrittenOn, published, today);
            return new DocumentRow(d.Id, d.Title, d.Unit, d.Attribute, d.State, d.IndexNumber, d.WrittenOn, published, text, late);
        }).ToList();
    }

    /// <summary>
    /// Art. 26 for proactive information: before publication the due date (marked 已超期 once passed);
    /// after it, whether it came in time. Other attributes have no publication deadline.
    /// </summary>
    public static (string Text, bool Late) TimelinessOf(
        WorkingDayCalendar calendar, DisclosureAttribute attribute, DocumentState state, DateOnly? writtenOn, DateOnly? publishedOn, DateOnly today)
    {
        if (attribute != DisclosureAttribute.Proactive || writtenOn is not { } formed)
        {
            return ("—", false);
        }

        try
        {
            var due = Timeliness.DueOn(calendar, formed);
            if (state is DocumentState.Published && publishedOn is { } on)
            {
                return on > due ? ("超期", true) : ("按时", false);
            }

            if (state is DocumentState.Draft or DocumentState.ConfidentialityReview or DocumentState.AwaitingFiling or DocumentState.SignOff or DocumentState.Scheduled)
            {
                return today > due ? ($"已超期（应于 {Date(due)} 前）", true) : ($"应于 {Date(due)} 前", false);
            }

            return ("—", false);
        }
        catch (CalendarDataMissingException e)
        {
            return ($"无法计算（缺少 {e.Year} 年日历）", false);
        }
    }
}
