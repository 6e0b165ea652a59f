using Microsoft.EntityFrameworkCore;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Requests.Letters;

/// <summary>Demo: 海阳市 has adapted its acknowledgement (登记回执) to name its service hall; every other text is the default.</summary>
public sealed class DemoLetterTemplates(ZwgkDbContext db, TimeProvider clock) : Zwgk.Web.Platform.Seeding.IDataSeed
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var unit = await db.Organizations.Where(o => o.ShortName == "海阳市").Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (unit is null || await db.Set<LetterTemplateRecord>().AnyAsync(ct))
        {
            return;
        }

        var key = LetterTemplateKey.For(LetterKind.Acknowledgement, null);
        var text = DefaultLetterTemplates.For(key);
        db.Add(new LetterTemplateRecord
        {
            UnitId = unit.Value,
            Key = key.ToString(),
            Title = text.Title,
            Body = text.Body.Replace(
                "\n特此回执。",
                "\n纸质申请材料和答复书可于工作日到海阳市政务服务中心一楼政务公开窗口领取。\n特此回执。",
                StringComparison.Ordinal),
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedBy = "handler",
        });
        await db.SaveChangesAsync(ct);
    }
}
