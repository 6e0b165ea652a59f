using Zwgk.Domain.Auditing;

namespace Zwgk.Domain.Gazette;

public enum GazetteIssueState
{
    /// <summary>Being compiled: documents can be added, removed and ordered; not on the portal.</summary>
    Draft,

    /// <summary>On the portal with its contents and PDF; the contents are fixed.</summary>
    Published,
}

/// <summary>
/// 政府公报 (seed 002 §四(四)): one issue (期) of a gazette column — year, number, date of issue and its contents, the
/// published documents it carries in order. Compiled as a draft, then published once; the published contents are fixed.
/// </summary>
public sealed class GazetteIssue : IAuditable
{
    public const int MaxEntries = 200;

    private readonly List<GazetteEntry> _entries = [];

    private GazetteIssue()
    {
    }

    public int Id { get; private set; }

    /// <summary>The gazette column (a column of type 政府公报) the issue belongs to.</summary>
    public int ColumnId { get; private set; }

    /// <summary>The unit that owns the column's site: audit lines and permissions go by it.</summary>
    public int UnitId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The number within the year (第 N 期), from 1.</summary>
    public int Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public GazetteIssueState State { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>Who published it (the display name recorded by the audit context).</summary>
    public string? PublishedBy { get; private set; }

    /// <summary>Raised by every save that changes the issue or its contents (docs/adr/0017).</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<GazetteEntry> Entries => _entries;

    /// <summary>"2026年第1期".</summary>
    public string Label => $"{Year}年第{Number}期";

    int? IAuditable.AuditUnitId => UnitId;

    string IAuditable.AuditLabel => "政府公报 " + Label;

    public static GazetteIssue Create(int columnId, int unitId, int year, int number, DateOnly issuedOn, DateTime now)
    {
        if (number < 1 || number > 999)
        {
            throw new GazetteException("期号须为 1 至 999 的整数。");
        }

        if (year < 1949 || year > 2199)
        {
            throw new GazetteException("年份不正确。");
        }

        if (issuedOn.Year != year)
        {
            throw new GazetteException($"出版日期须在 {year} 年内。");
        }

        return new GazetteIssue { ColumnId = columnId, UnitId = unitId, Year = year, Number = number, IssuedOn = issuedOn, State = GazetteIssueState.Draft, CreatedAt = now };
    }

    /// <summary>Adds a document at the end of the contents. Only a document the public can see on the gazette's own site is carried.</summary>
    public void Add(int documentId, bool isPublicOnSameSite)
    {
        EnsureDraft();
        if (!isPublicOnSameSite)
        {
            throw new GazetteException("只能收录本站点已发布的主动公开信息。");
        }

        if (_entries.Any(e => e.DocumentId == documentId))
        {
            throw new GazetteException("该文件已在本期目录中。");
        }

        if (_entries.Count >= MaxEntries)
        {
            throw new GazetteException($"一期最多收录 {MaxEntries} 件。");
        }

        _entries.Add(new GazetteEntry(documentId, _entries.Count + 1));
    }

    public void Remove(int documentId)
    {
        EnsureDraft();
        var entry = _entries.SingleOrDefault(e => e.DocumentId == documentId) ?? throw new GazetteException("该文件不在本期目录中。");
        _entries.Remove(entry);
        Renumber(_entries.OrderBy(e => e.Position).ToList());
    }

    /// <summary>Moves a document one place up (earlier) or down in the contents.</summary>
    public void Move(int documentId, bool up)
    {
        EnsureDraft();
        var ordered = _entries.OrderBy(e => e.Position).ToList();
        var i = ordered.FindIndex(e => e.DocumentId == documentId);
        if (i < 0)
        {
            throw new GazetteException("该文件不在本期目录中。");
        }

        var j = up ? i - 1 : i + 1;
        if (j < 0 || j >= ordered.Count)
        {
            return;
        }

        (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
        Renumber(ordered);
    }

    public void Publish(string publishedBy, DateTime now)
    {
        EnsureDraft();
        if (_entries.Count == 0)
        {
            throw new GazetteException("本期目录为空，请先收录文件再发布。");
        }

        State = GazetteIssueState.Published;
        PublishedAt = now;
        PublishedBy = publishedBy;
    }

    private static void Renumber(List<GazetteEntry> ordered)
    {
        for (var k = 0; k < ordered.Count; k++)
        {
            ordered[k].Position = k + 1;
        }
    }

    private void EnsureDraft()
    {
        if (State != GazetteIssueState.Draft)
        {
            throw new GazetteException("本期已发布，目录不能再修改。");
        }
    }
}

/// <summary>One line of an issue's contents: a document and its place.</summary>
public sealed class GazetteEntry
{
    internal GazetteEntry(int documentId, int position)
    {
        DocumentId = documentId;
        Position = position;
    }

    public int Id { get; private set; }

    public int IssueId { get; private set; }

    public int DocumentId { get; private set; }

    public int Position { get; internal set; }
}

/// <summary>A refused gazette step; the message is Chinese and shown to the user as it is.</summary>
public sealed class GazetteException(string message) : InvalidOperationException(message);
