using Microsoft.EntityFrameworkCore;
using Zwgk.Domain.Access;
using Zwgk.Web.Accounts;
using Zwgk.Web.Admin;
using Zwgk.Web.Platform;

namespace Zwgk.Web.Outbound;

/// <summary>同源发布渠道: the channels of the units in the current subtree, with what waits or fails.</summary>
[RequirePermission(Permission.ManageSites)]
public sealed class ChannelListModel(CurrentUnit current, ZwgkDbContext db) : AdminPageModel
{
    public sealed record Row(OutboundChannel Channel, string Unit, int Waiting, int Failing);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Title = "同源发布渠道";
        var units = (await current.SubtreeAsync(Permission.ManageSites)).Select(o => o.Id);
        var deliveries = db.Set<OutboundDelivery>();
        Rows = await (from c in db.Set<OutboundChannel>().AsNoTracking()
                      join o in db.Organizations on c.UnitId equals o.Id
                      where units.Contains(c.UnitId)
                      orderby o.Path, c.Id
                      select new Row(c, o.Name,
                          deliveries.Count(d => d.ChannelId == c.Id && d.State == DeliveryState.Pending),
                          deliveries.Count(d => d.ChannelId == c.Id && (d.State == DeliveryState.Failing || d.State == DeliveryState.Abandoned)))).ToListAsync();
    }
}
