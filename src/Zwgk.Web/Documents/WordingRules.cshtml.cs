using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Documents;

/// <summary>错敏词: the expressions every document is checked for before sign-off. Changes are audited by the interceptor.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class WordingRulesModel(ZwgkDbContext db) : AdminPageModel
{
    public sealed class RuleInput
    {
        [Required(ErrorMessage = "请填写词语。"), StringLength(100, ErrorMessage = "词语不超过100字。")]
        public string Term { get; set; } = "";

        [StringLength(200, ErrorMessage = "建议用语不超过200字。")]
        public string? Suggestion { get; set; }

        public bool Serious { get; set; }
    }

    [BindProperty]
    public RuleInput Input { get; set; } = new();

    public List<WordingRuleRecord> Rules { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var term = Input.Term?.Trim() ?? "";
        if (ModelState.IsValid && await db.WordingRules.AnyAsync(r => r.Term == term))
        {
            ModelState.AddModelError("Input.Term", $"“{term}”已在列表中。");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        db.WordingRules.Add(new WordingRuleRecord
        {
            Term = term,
            Suggestion = string.IsNullOrWhiteSpace(Input.Suggestion) ? null : Input.Suggestion.Trim(),
            Serious = Input.Serious,
        });
        await db.SaveChangesAsync();
        Flash = $"已添加“{term}”。";
        return Redirect("/admin/wording");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int ruleId)
    {
        var rule = await db.WordingRules.SingleOrDefaultAsync(r => r.Id == ruleId);
        if (rule is null)
        {
            Flash = "该词语已不在列表中。";
            return Redirect("/admin/wording");
        }

        db.WordingRules.Remove(rule);
        await db.SaveChangesAsync();
        Flash = $"已删除“{rule.Term}”。";
        return Redirect("/admin/wording");
    }

    private async Task LoadAsync()
    {
        Title = "错敏词";
        Rules = await db.WordingRules.AsNoTracking().OrderByDescending(r => r.Serious).ThenBy(r => r.Term).ToListAsync();
    }
}
