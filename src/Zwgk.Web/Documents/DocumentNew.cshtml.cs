using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Documents;

/// <summary>新建信息: a draft typed in the form or read from an official document's text, saved or saved and submitted.</summary>
[RequirePermission(Permission.EditContent)]
public sealed class DocumentNewModel(ZwgkDbContext db, CurrentUnit current, DocumentService documents, DocumentHtml html, TimeProvider clock)
    : DocumentFormPageModel(db, current)
{
    /// <summary>Largest text file read by the import (an official document is a few tens of kilobytes).</summary>
    public const int MaxImportBytes = 1024 * 1024;

    /// <summary>What the text import found, shown above the pre-filled form.</summary>
    public string? ImportNotice { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await DefaultsAsync();
        Input.WrittenOn = ChinaTime.Today(clock);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? then)
    {
        TranslateBindingErrors();
        if (ModelState.IsValid && await CheckColumnAsync(Input.UnitId, Input.ColumnId) is { } columnError)
        {
            Fail(columnError);
        }

        var content = Input.ToContent();
        var submit = then == "submit";
        if (ModelState.IsValid && submit)
        {
            // Saving a draft may leave gaps; sending it on may not, and then nothing is saved.
            foreach (var problem in content.Problems())
            {
                Fail(problem);
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var created = await documents.CreateDraftAsync(Input.UnitId, content, Input.ColumnId);
        if (created.Forbidden)
        {
            return Forbid();
        }

        if (!created.Ok)
        {
            Fail(created.NotFound ? "所选单位不存在。" : created.Error!);
            await LoadAsync();
            return Page();
        }

        var id = created.Value!.Id;
        var filing = await HttpContext.RequestServices.GetRequiredService<Catalogs.CatalogLinks>().SetAsync(id, Input.CatalogItemKeys);
        if (submit)
        {
            var sent = await documents.SubmitAsync(id);
            Flash = sent.Ok ? "已保存并提交保密审查。" : $"草稿已保存，但未能提交审查：{sent.Error}";
        }
        else
        {
            var problems = content.Problems();
            Flash = problems.Count == 0 ? "草稿已保存。" : "草稿已保存。提交审查前还需：" + string.Join("", problems);
        }

        Flash += FilingNote(filing);
        return Redirect($"/admin/documents/{id}");
    }

    /// <summary>Reads a pasted or uploaded official document into the form; nothing is saved until the editor checks it.</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? importFile, string? importText)
    {
        ModelState.Clear();
        Input = new DocumentForm();
        await DefaultsAsync();
        var text = importText;
        if (importFile is { Length: > 0 })
        {
            if (importFile.Length > MaxImportBytes)
            {
                Fail("文本文件不能超过1MB。");
            }
            else
            {
                text = await ReadTextAsync(importFile);
                if (text is null)
                {
                    Fail("无法识别文件的编码，请另存为UTF-8或GB18030编码的文本文件后再导入。");
                }
            }
        }

        if (ModelState.IsValid && string.IsNullOrWhiteSpace(text))
        {
            Fail("请选择文本文件或粘贴公文全文。");
        }

        if (ModelState.IsValid)
        {
            var read = TextImport.Read(text!);
            Input.Title = read.Title;
            Input.DocumentNumber = read.DocumentNumber;
            Input.WrittenOn = read.WrittenOn;
            Input.Body = html.ToText(read.BodyHtml);
            Input.Attribute = read.AttributeLabel switch
            {
                { } l when l.Contains("依申请", StringComparison.Ordinal) => DisclosureAttribute.OnRequest,
                { } l when l.Contains("不予公开", StringComparison.Ordinal) => DisclosureAttribute.Withheld,
                _ => DisclosureAttribute.Proactive,
            };
            var missing = new[] { (read.Title, "标题"), (read.DocumentNumber, "发文字号"), (read.WrittenOn?.ToString(), "成文日期") }
                .Where(x => x.Item1 is null).Select(x => x.Item2).ToList();
            ImportNotice = "已从文本读取，尚未保存。请核对各项后保存。" + (missing.Count == 0 ? "" : $"未能识别：{string.Join("、", missing)}。");
        }
        else
        {
            Input.WrittenOn = ChinaTime.Today(clock);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Title = "新建信息";
        await LoadOptionsAsync();
    }

    /// <summary>The current unit when the user edits there, else the first unit they may edit; its name as issuer.</summary>
    private async Task DefaultsAsync()
    {
        var units = await (await Current.SubtreeAsync(Permission.EditContent)).AsNoTracking().OrderBy(o => o.Path.Length).ThenBy(o => o.SortOrder).ToListAsync();
        var unit = units.FirstOrDefault(u => u.Id == Unit?.Id) ?? units.FirstOrDefault();
        if (unit is not null)
        {
            Input.UnitId = unit.Id;
            Input.IssuingUnits = unit.Name;
        }
    }

    private static async Task<string?> ReadTextAsync(IFormFile file)
    {
        using var stream = new MemoryStream();
        await file.CopyToAsync(stream);
        var bytes = stream.ToArray();
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Text saved on Chinese Windows is usually GB18030 (GBK).
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            try
            {
                return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }
}
