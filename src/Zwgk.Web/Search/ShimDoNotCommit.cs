namespace Zwgk.Web.Search
{
    public sealed class SearchEntry
    {
        public int DocumentId { get; set; }
        public int SiteId { get; set; }
        public int UnitId { get; set; }
        public string UnitPath { get; set; } = "";
        public string Title { get; set; } = "";
        public string? DocumentNumber { get; set; }
        public string? IndexNumber { get; set; }
        public string Topic { get; set; } = "";
        public string Genre { get; set; } = "";
        public int Year { get; set; }
        public string Validity { get; set; } = "";
        public DateTime PublishedAt { get; set; }
        public string Url { get; set; } = "";
        public string TitleTokens { get; set; } = "";
        public string BodyTokens { get; set; } = "";
        public string PlainText { get; set; } = "";
    }

    public sealed class SearchIndex
    {
        public Task UpsertAsync(SearchEntry e, CancellationToken ct) => Task.CompletedTask;
        public Task RemoveAsync(int id, CancellationToken ct) => Task.CompletedTask;
    }
}

namespace Zwgk.Domain.Search
{
    public static class ChineseTokenizer
    {
        public static string ToIndexText(string s) => s;
    }
}
