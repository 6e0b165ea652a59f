using MiniExcelLibs;
using Zwgk.Web.Platform;
using Zwgk.Domain.Catalogs;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Catalogs;

/// <summary>What a spreadsheet read gave: the rows when every row is valid, otherwise every error found (and nothing to save).</summary>
public sealed record SheetResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<SheetError> Errors, int ErrorTotal)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// Reads and writes the standard column layout (rules/domains.md) with MiniExcel, row by row (streaming); reads also take
/// the two-row header of the published guideline tables (<see cref="TwoRowHeader"/>). A read validates
/// every row and reports each problem in Chinese; callers save nothing unless the whole sheet is valid.
/// </summary>
public static class CatalogSheet
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxRows = 50_000;
    public const int MaxErrorsShown = 500;
    private const string Same = "同上";

    /// <summary>The unit catalog layout, in order; the guideline layout leaves out the unit-only columns.</summary>
    public static readonly string[] CatalogHeaders =
    [
        Columns.Sequence, Columns.Domain, Columns.Category, Columns.Name, Columns.Content, Columns.LegalBasis, Columns.TimeLimit,
        Columns.ResponsibleBody, Columns.Channels, Columns.Audience, Columns.Method, Columns.Levels, Columns.IsService,
        Columns.ServiceItemName, Columns.Remarks, Applicability, NotApplicableReason,
    ];

    public static readonly string[] GuidelineHeaders =
    [
        Columns.Sequence, Columns.Category, Columns.Name, Columns.Content, Columns.LegalBasis, Columns.TimeLimit,
        Columns.ResponsibleBody, Columns.Channels, Columns.Audience, Columns.Method, Columns.Levels, Columns.IsService, Columns.Remarks,
    ];

    public static readonly string[] ServiceHeaders = [ServiceName, ServiceCode, ServiceDepartment];

    public const string Applicability = "是否适用";
    public const string NotApplicableReason = "不适用理由";
    public const string ServiceName = "事项名称";
    public const string ServiceCode = "事项编码";
    public const string ServiceDepartment = "办理部门";

    private static readonly string[] RequiredElementHeaders =
    [
        Columns.Category, Columns.Name, Columns.Content, Columns.LegalBasis, Columns.TimeLimit, Columns.ResponsibleBody,
        Columns.Channels, Columns.Audience, Columns.Method, Columns.Levels,
    ];

    /// <summary>
    /// A unit catalog sheet: every row names its domain (by any of its names), or, for a sheet of one domain such as a
    /// ministry's published table, <paramref name="defaultDomain"/> stands for every row that names none.
    /// </summary>
    public static SheetResult<NewCatalogItem> ReadCatalog(Stream file, IReadOnlyList<PilotDomain> domains, Func<int, ItemElements, int?> guidelineItemOf, PilotDomain? defaultDomain = null)
    {
        PilotDomain? DomainOf(string text) => text.Length == 0 ? defaultDomain : domains.FirstOrDefault(d => d.IsNamed(text));
        return Read(file, defaultDomain is null ? [Columns.Domain, .. RequiredElementHeaders] : RequiredElementHeaders, (row, cells, errors) =>
        {
            var domainText = cells.Get(Columns.Domain);
            var domain = DomainOf(domainText);
            if (domain is null)
            {
                errors.Add(new(row, Columns.Domain, domainText.Length == 0
                    ? "“试点领域”为必填项，不能为空（也可在导入时选择整表所属的试点领域）。"
                    : $"未知的试点领域“{domainText}”。"));
            }

            var elements = Elements(row, cells, errors, unitCatalog: true);
            var notApplicable = cells.Get(Applicability) is "否" or "不适用";
            var reason = cells.Get(NotApplicableReason);
            if (notApplicable && reason.Length == 0)
            {
                errors.Add(new(row, NotApplicableReason, "标记为不适用的事项须填写不适用理由。"));
            }

            return domain is null || elements is null
                ? null
                : new NewCatalogItem(domain.Id, guidelineItemOf(domain.Id, elements), elements, notApplicable, notApplicable ? reason : null);
        }, c => DomainOf(c.Get(Columns.Domain))?.Id is int d ? ItemIdentity(c, d.ToString(System.Globalization.CultureInfo.InvariantCulture)) : "");
    }

    public static SheetResult<ItemElements> ReadGuideline(Stream file) =>
        Read(file, RequiredElementHeaders, (row, cells, errors) => Elements(row, cells, errors, unitCatalog: false), c => ItemIdentity(c, ""));

    public static SheetResult<ServiceItem> ReadServices(Stream file) =>
        Read(file, [ServiceName], (row, cells, errors) =>
        {
            var name = cells.Get(ServiceName);
            if (name.Length == 0)
            {
                errors.Add(new(row, ServiceName, "事项名称为必填项。"));
                return null;
            }

            if (name.Length > ItemElements.NameMax)
            {
                errors.Add(new(row, ServiceName, $"事项名称不超过{ItemElements.NameMax}字。"));
                return null;
            }

            return new ServiceItem { Name = name, Code = Blank(cells.Get(ServiceCode)), Department = Blank(cells.Get(ServiceDepartment)) };
        }, c => c.Get(ServiceName), identityColumn: ServiceName);

    /// <summary>Writes rows in the given header order; <paramref name="rows"/> is enumerated once, as MiniExcel writes.</summary>
    public static async Task WriteAsync(Stream output, string[] headers, IEnumerable<IReadOnlyDictionary<string, string>> rows, string sheetName, CancellationToken ct)
    {
        IEnumerable<Dictionary<string, object?>> Data()
        {
            foreach (var r in rows)
            {
                yield return headers.ToDictionary(h => h, h => (object?)(r.TryGetValue(h, out var v) ? Platform.Input.TextInput.Clean(v) : ""));
            }
        }

        // An empty sheet still needs its header: one blank row makes MiniExcel write it (a blank row is skipped on import).
        var sheets = new Dictionary<string, object>();
        var data = Data();
        using var e = data.GetEnumerator();
        var any = e.MoveNext();
        sheets[sheetName] = any ? Prepend(e.Current, e) : [headers.ToDictionary(h => h, _ => (object?)"")];
        if (!any)
        {
            sheets["填写说明"] = Instructions();
        }

        await output.SaveAsAsync(sheets, cancellationToken: ct);

        static IEnumerable<Dictionary<string, object?>> Prepend(Dictionary<string, object?> first, IEnumerator<Dictionary<string, object?>> rest)
        {
            yield return first;
            while (rest.MoveNext())
            {
                yield return rest.Current;
            }
        }
    }

    /// <summary>The elements of one exported item, keyed by header.</summary>
    public static Dictionary<string, string> Cells(ItemElements e, string? domain = null, int? sequence = null, bool notApplicable = false, string? reason = null)
    {
        var d = new Dictionary<string, string>
        {
            [Columns.Sequence] = sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            [Columns.Domain] = domain ?? "",
            [Columns.Category] = e.Category,
            [Columns.Name] = e.Name,
            [Columns.Content] = e.Content,
            [Columns.LegalBasis] = e.LegalBasis,
            [Columns.TimeLimit] = e.TimeLimit.Text,
            [Columns.ResponsibleBody] = e.ResponsibleBody,
            [Columns.Channels] = e.ChannelList,
            [Columns.Audience] = e.AudienceText,
            [Columns.Method] = e.Method.DisplayName(),
            [Columns.Levels] = e.Levels.DisplayName(),
            [Columns.IsService] = e.IsService ? "是" : "否",
            [Columns.ServiceItemName] = e.ServiceItemName ?? "",
            [Columns.Remarks] = e.Remarks ?? "",
            [Applicability] = notApplicable ? "不适用" : "适用",
            [NotApplicableReason] = reason ?? "",
        };
        return d;
    }

    private static IEnumerable<Dictionary<string, object?>> Instructions()
    {
        string[] lines =
        [
            "第一行为表头，请勿修改列名；从第二行起每行一个公开事项。",
            "也可直接导入指引原表样式：两行表头（“公开事项”下分一级事项、二级事项，“公开对象”“公开方式”“公开层级”下分列以“√”勾选），数据从第三行起。",
            "必填列：试点领域（导入单位目录时）、一级事项、二级事项、公开内容（要素）、公开依据、公开时限、公开主体、公开渠道和载体、公开对象、公开方式、公开层级。",
            "试点领域：填写26个试点领域之一，也可使用其他文件中的名称（如“就业创业”“生态环境”）。",
            "公开时限：写明天数和单位，如“信息形成或者变更之日起20个工作日内”“本级人大或其常委会批准后20日内”“10个工作日内公开，公示7个工作日”，或“实时”“每年3月31日前”。",
            "公开渠道和载体：多个渠道以“、”分隔，可选：" + string.Join("、", Zwgk.Domain.Catalogs.Channels.All) + "。",
            "公开对象：“全社会”或“特定群体：（写明群体）”；公开方式：“主动”或“依申请”；公开层级：“县级”“乡级”或“县级、乡级”。",
            "办事服务类：填“是”时，政务服务事项名称须与政务服务网事项名称完全一致。",
            "是否适用：不适用的事项填“不适用”并写明不适用理由。",
            "单元格填“同上”表示与上一行相同。",
            "导入时逐行校验；任何一行有误则整表不导入，并列出每处错误的行号、列名和问题。",
        ];
        return lines.Select((l, i) => new Dictionary<string, object?> { ["序号"] = i + 1, ["说明"] = l });
    }

    private static SheetResult<T> Fail<T>(string problem) => new([], [new SheetError(0, "文件", problem)], 1);

    private delegate T? RowReader<T>(int row, RowCells cells, List<SheetError> errors);

    private static SheetResult<T> Read<T>(Stream file, string[] required, RowReader<T> readRow, Func<RowCells, string> identity, string? identityColumn = null)
    {
        if ((Sniff(file) ?? ZipLimits.Check(file)) is { } refused)
        {
            return Fail<T>(refused);
        }

        try
        {
            var (headers, dataRows, headerRows) = Open(file);
            var missing = required.Where(r => !headers.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                return new([], missing.Select(m => new SheetError(1, m, $"缺少必需的列“{m}”。请使用下载的模板，不要修改表头。")).ToList(), missing.Count);
            }

            var rows = new List<T>();
            var errors = new List<SheetError>();
            var total = 0;
            var seen = new Dictionary<string, int>();
            Dictionary<string, string>? previous = null;
            var rowNumber = headerRows;
            foreach (var raw in dataRows)
            {
                rowNumber++;
                var cells = new RowCells(raw, previous);
                if (cells.IsEmpty)
                {
                    continue;
                }

                if (rows.Count + total >= MaxRows)
                {
                    return Fail<T>($"一次最多导入 {MaxRows} 行，请拆分文件。");
                }

                var rowErrors = new List<SheetError>();
                var value = readRow(rowNumber, cells, rowErrors);
                // Duplicates are found on the key cells as written, so a duplicate of a faulty row is reported too.
                var id = identity(cells);
                if (id.Length > 0 && !seen.TryAdd(id, rowNumber))
                {
                    rowErrors.Add(new(rowNumber, identityColumn ?? Columns.Name, $"与第{seen[id]}行的事项重复。"));
                }

                if (value is not null && rowErrors.Count == 0)
                {
                    rows.Add(value);
                }

                total += rowErrors.Count;
                errors.AddRange(rowErrors.Take(Math.Max(0, MaxErrorsShown - errors.Count)));
                previous = cells.Resolved;
            }

            if (rowNumber == headerRows || (rows.Count == 0 && total == 0))
            {
                return Fail<T>("表格中没有数据行。");
            }

            return total == 0 ? new(rows, [], 0) : new([], errors, total);
        }
        // A damaged zip or workbook surfaces as many exception types from deep inside the reader; all mean "cannot read".
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return Fail<T>("文件已损坏或不是有效的 Excel 工作簿（.xlsx），无法读取。");
        }
    }

    /// <summary>
    /// The sheet's headers and data rows: the one-row layout of our template, or the two-row layout of the published
    /// guideline tables (<see cref="TwoRowHeader"/>), whose rows are turned into one-row cells.
    /// </summary>
    private static (IReadOnlyList<string> Headers, IEnumerable<IDictionary<string, object?>> Rows, int HeaderRows) Open(Stream file)
    {
        var top = MiniExcel.Query(file, useHeaderRow: false).Take(2).Cast<IDictionary<string, object?>>().ToList();
        file.Position = 0;
        if (top.Count == 2 && TwoRowHeader.TryCreate(top[0], top[1]) is { } layout)
        {
            return (layout.Headers, MiniExcel.Query(file, useHeaderRow: false).Cast<IDictionary<string, object?>>().Skip(2).Select(layout.Translate), 2);
        }

        var headers = MiniExcel.GetColumns(file, useHeaderRow: true)?.Select(h => h?.Trim() ?? "").ToList() ?? [];
        file.Position = 0;
        return (headers, MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>(), 1);
    }

    /// <summary>An .xlsx is a zip; anything else (a renamed file, an old .xls, junk) is refused before MiniExcel sees it.</summary>
    private static string? Sniff(Stream file)
    {
        if (file.Length == 0)
        {
            return "文件为空。";
        }

        if (file.Length > MaxBytes)
        {
            return $"文件超过 {MaxBytes / 1024 / 1024} MB。";
        }

        Span<byte> head = stackalloc byte[8];
        file.Position = 0;
        var read = file.Read(head);
        file.Position = 0;
        if (read >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            return "这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入。";
        }

        return read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4
            ? null
            : "文件不是 Excel 工作簿（.xlsx）。请使用下载的模板填写后上传。";
    }

    private static ItemElements? Elements(int row, RowCells cells, List<SheetError> errors, bool unitCatalog)
    {
        var before = errors.Count;
        foreach (var column in RequiredElementHeaders.Where(c => cells.Get(c).Length == 0))
        {
            errors.Add(new(row, column, $"“{column}”为必填项，不能为空。"));
        }

        var limitText = cells.Get(Columns.TimeLimit);
        var limit = limitText.Length == 0 ? null : TimeLimit.Parse(limitText, out var limitError);
        if (limitText.Length > 0 && limit is null)
        {
            TimeLimit.Parse(limitText, out limitError);
            errors.Add(new(row, Columns.TimeLimit, limitError!));
        }

        var (channels, unknown) = Zwgk.Domain.Catalogs.Channels.Parse(cells.Get(Columns.Channels));
        foreach (var u in unknown)
        {
            errors.Add(new(row, Columns.Channels, $"未知的公开渠道“{u}”。可选：{string.Join("、", Zwgk.Domain.Catalogs.Channels.All)}。"));
        }

        var audienceText = cells.Get(Columns.Audience);
        if (audienceText.Length > 0 && !CatalogTermsExtensions.TryParseAudience(audienceText, out _, out _))
        {
            errors.Add(new(row, Columns.Audience, $"公开对象“{audienceText}”应为“全社会”或“特定群体：（群体）”。"));
        }

        _ = CatalogTermsExtensions.TryParseAudience(audienceText, out var audience, out var group);
        var methodText = cells.Get(Columns.Method);
        if (methodText.Length > 0 && !CatalogTermsExtensions.TryParseMethod(methodText, out _))
        {
            errors.Add(new(row, Columns.Method, $"公开方式“{methodText}”应为“主动”或“依申请”。"));
        }

        _ = CatalogTermsExtensions.TryParseMethod(methodText, out var method);
        var levelsText = cells.Get(Columns.Levels);
        if (levelsText.Length > 0 && !CatalogTermsExtensions.TryParseLevels(levelsText, out _))
        {
            errors.Add(new(row, Columns.Levels, $"公开层级“{levelsText}”应为“县级”“乡级”或“县级、乡级”。"));
        }

        _ = CatalogTermsExtensions.TryParseLevels(levelsText, out var levels);
        var serviceName = cells.Get(Columns.ServiceItemName);
        var isService = cells.Get(Columns.IsService) is "是" or "√" || serviceName.Length > 0;
        if (errors.Count > before)
        {
            return null;
        }

        var elements = new ItemElements
        {
            Category = cells.Get(Columns.Category),
            Name = cells.Get(Columns.Name),
            Content = cells.Get(Columns.Content),
            LegalBasis = cells.Get(Columns.LegalBasis),
            TimeLimit = limit!,
            ResponsibleBody = cells.Get(Columns.ResponsibleBody),
            ChannelList = Zwgk.Domain.Catalogs.Channels.Join(channels),
            Audience = audience,
            AudienceGroup = group,
            Method = method,
            Levels = levels,
            IsService = isService,
            ServiceItemName = Blank(serviceName),
            Remarks = Blank(cells.Get(Columns.Remarks)),
        }.Cleaned();
        foreach (var p in elements.Problems(unitCatalog))
        {
            errors.Add(new(row, p.Column, p.Message));
        }

        return errors.Count > before ? null : elements;
    }

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    private static string ItemIdentity(RowCells c, string domain) =>
        c.Get(Columns.Category).Length == 0 || c.Get(Columns.Name).Length == 0 ? "" : $"{domain}\u001f{c.Get(Columns.Category)}\u001f{c.Get(Columns.Name)}";

    /// <summary>A row's cells by header, trimmed; "同上" takes the previous row's value of the column.</summary>
    private sealed class RowCells
    {
        public RowCells(IDictionary<string, object?> raw, Dictionary<string, string>? previous)
        {
            Resolved = new Dictionary<string, string>();
            foreach (var (key, value) in raw)
            {
                var k = key.Trim();
                var v = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "";
                if (previous is not null && v.StartsWith(Same, StringComparison.Ordinal) && previous.TryGetValue(k, out var above))
                {
                    // "同上 + 村（社区）公示栏": the row above, plus the rest.
                    var rest = v[Same.Length..].TrimStart(' ', '+', '＋', '、');
                    v = rest.Length == 0 ? above : $"{above}、{rest}";
                }

                Resolved[k] = v;
            }
        }

        public Dictionary<string, string> Resolved { get; }

        public bool IsEmpty => Resolved.All(c => c.Value.Length == 0 || c.Key == Columns.Sequence);

        public string Get(string column) => Resolved.TryGetValue(column, out var v) ? v : "";
    }
}
