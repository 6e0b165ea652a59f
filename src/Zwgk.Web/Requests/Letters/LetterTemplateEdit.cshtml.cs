using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Domain.Calendar;
using Zwgk.Domain.Documents;
using Zwgk.Domain.Workflow;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Organizations;
using Zwgk.Web.Platform;
using Zwgk.Web.Workflow;

namespace Zwgk.Web.Requests.Letters;

/// <summary>
/// Edits one unit's version of one standard text, with a preview filled from a sample case (as text, or as the DOCX it
/// will produce) and the check of unknown placeholders; 恢复默认 drops the unit's version. Forms keep what was typed.
/// </summary>
[RequirePermission(Permission.HandleRequests)]
public sealed class LetterTemplateEditModel(LetterTemplates templates, ZwgkDbContext db, TimeProvider clock) : AdminPageModel
{
    public sealed class TemplateInput
    {
        public string? Title { get; set; }

        public string? Body { get; set; }
    }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "key")]
    public string? KeyText { get; set; }

    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public LetterTemplateKey Key { get; private set; }

    public Organization? TemplateUnit { get; private set; }

    public bool IsCustom { get; private set; }

    public GeneratedLetter? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await CheckAsync() is { } refused)
        {
            return refused;
        }

        var current = await templates.EffectiveAsync(UnitId, Key, HttpContext.RequestAborted);
        Input = new TemplateInput { Title = current.Title, Body = current.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (await CheckAsync() is { } refused)
        {
            return refused;
        }

        var change = await templates.SaveAsync(UnitId, Key, Input.Title, Input.Body, HttpContext.RequestAborted);
        return await change.ToPageAsync(this, () =>
        {
            Flash = $"已保存本单位的“{Key.DisplayName}”文本。";
            return Redirect($"/admin/requests/letters/edit?unit={UnitId}&key={Key}");
        }, () => Task.FromResult<IActionResult>(Page()), prefix: "Input");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await CheckAsync() is { } refused)
        {
            return refused;
        }

        Preview = Render();
        return Page();
    }

    public async Task<IActionResult> OnPostDocxAsync()
    {
        if (await CheckAsync() is { } refused)
        {
            return refused;
        }

        return Render() is { } letter
            ? File(letter.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "示例-" + letter.FileName)
            : Page();
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        if (await CheckAsync() is { } refused)
        {
            return refused;
        }

        await templates.ResetAsync(UnitId, Key, HttpContext.RequestAborted);
        Flash = $"“{Key.DisplayName}”已恢复为默认文本。";
        return Redirect($"/admin/requests/letters/edit?unit={UnitId}&key={Key}");
    }

    private GeneratedLetter? Render()
    {
        var errors = LetterTemplates.Validate(Key, Input.Title, Input.Body);
        if (errors.Count > 0)
        {
            this.ShowErrors(errors);
            return null;
        }

        try
        {
            var sample = LetterSamples.For(TemplateUnit!, ChinaTime.Today(clock));
            return LetterRenderer.Render(Key, new LetterTemplate(Input.Title!.Trim(), Input.Body!.Trim()), sample);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return null;
        }
    }

    private async Task<IActionResult?> CheckAsync()
    {
        if (!LetterTemplateKey.TryParse(KeyText, out var key))
        {
            return NotFound();
        }

        Key = key;
        Title = $"文书模板：{key.DisplayName}";
        TemplateUnit = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == UnitId, HttpContext.RequestAborted);
        switch (await templates.MayEditAsync(UnitId, HttpContext.RequestAborted))
        {
            case null:
                return NotFound();
            case false:
                return Forbid();
        }

        IsCustom = (await templates.ListAsync(UnitId, HttpContext.RequestAborted)).Single(t => t.Key == key).Custom;
        return null;
    }
}
