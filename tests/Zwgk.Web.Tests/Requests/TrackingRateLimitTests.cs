using System.Net;
using System.Net.Http.Json;
using Zwgk.Web.Tests.Infrastructure;

namespace Zwgk.Web.Tests.Requests;

/// <summary>Guessing access codes is rate-limited: after the allowed tries even the right code waits.</summary>
public sealed class TrackingRateLimitTests(ZwgkFactory factory) : IClassFixture<ZwgkFactory>
{
    [Fact]
    public async Task A_wrong_access_code_many_times_is_refused_with_429()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/v1/requests/status", new { trackingNumber = "Y2026000001", accessCode = $"WRONG{i:D3}" })).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[11]);
    }

    [Fact]
    public async Task Reading_the_online_form_does_not_use_up_the_submission_limit()
    {
        var client = factory.CreateClient();

        // The submission limit is 20 an hour per address; a citizen who reloads the form is not filing.
        for (var i = 0; i < 25; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/s/haiyang/requests/new")).StatusCode);
        }
    }
}
