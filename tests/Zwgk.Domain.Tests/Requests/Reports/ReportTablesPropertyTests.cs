using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Zwgk.Domain.Requests;
using Zwgk.Domain.Requests.Reports;

namespace Zwgk.Domain.Tests.Requests.Reports;

/// <summary>
/// The cross-checks of the national format hold for any year of cases: 一+二 = 三（七）+四 per column, each row's 总计 is
/// the sum of its six applicant columns, 三（七） is the sum of the 21 result rows; and every cell equals an independent count.
/// </summary>
public sealed class ReportTablesPropertyTests
{
    private const int Year = 2026;

    // Cases received from two years before to one year after the report year, some still open, closed 0–90 days later.
    private static readonly Gen<RequestStatRecord> RequestGen =
        from applicant in Gen.Elements(Enum.GetValues<ApplicantKind>())
        from receivedOffset in Gen.Choose(-730, 400)
        from closed in Gen.Elements(true, false)
        from days in Gen.Choose(0, 90)
        from outcome in Gen.Elements(Enum.GetValues<RequestOutcome>())
        let received = new DateOnly(Year, 1, 1).AddDays(receivedOffset)
        select new RequestStatRecord(applicant, received, closed ? received.AddDays(days) : null, closed ? outcome : null);

    private static readonly Gen<RemedyStatRecord> RemedyGen =
        from kind in Gen.Elements(Enum.GetValues<RemedyKind>())
        from filedOffset in Gen.Choose(-730, 400)
        from result in Gen.Elements(Enum.GetValues<RemedyResult>())
        from days in Gen.Choose(0, 200)
        let filed = new DateOnly(Year, 1, 1).AddDays(filedOffset)
        select new RemedyStatRecord(kind, filed, result, result == RemedyResult.Pending ? null : filed.AddDays(days));

    private static Arbitrary<RequestStatRecord[]> Requests => RequestGen.ArrayOf().ToArbitrary();

    [Property(MaxTest = 300)]
    public Property New_plus_carried_over_equals_results_plus_carried_forward_in_every_column() =>
        Prop.ForAll(Requests, records =>
        {
            var t = RequestsTable.Compute(Year, records);
            return Enumerable.Range(0, 7).All(c => t[0, c] + t[1, c] == t[23, c] + t[24, c]);
        });

    [Property(MaxTest = 300)]
    public Property Each_rows_total_is_the_sum_of_its_six_applicant_columns() =>
        Prop.ForAll(Requests, records =>
        {
            var t = RequestsTable.Compute(Year, records);
            return Enumerable.Range(0, 25).All(r => t.RowValues(r).Take(6).Sum() == t[r, 6]);
        });

    [Property(MaxTest = 300)]
    public Property The_result_total_is_the_sum_of_the_21_result_rows() =>
        Prop.ForAll(Requests, records =>
        {
            var t = RequestsTable.Compute(Year, records);
            return Enumerable.Range(0, 7).All(c => Enumerable.Range(2, 21).Sum(r => t[r, c]) == t[23, c]);
        });

    [Property(MaxTest = 200)]
    public Property Every_cell_of_table_B_equals_an_independent_count() =>
        Prop.ForAll(Requests, records =>
        {
            var t = RequestsTable.Compute(Year, records);
            var first = new DateOnly(Year, 1, 1);
            var last = new DateOnly(Year, 12, 31);
            foreach (var kind in Enum.GetValues<ApplicantKind>())
            {
                var mine = records.Where(r => r.Applicant == kind).ToList();
                var col = (int)kind;
                if (t[0, col] != mine.Count(r => r.ReceivedOn.Year == Year)
                    || t[1, col] != mine.Count(r => r.ReceivedOn.Year < Year && (r.ClosedOn is null || r.ClosedOn.Value.Year >= Year))
                    || t[24, col] != mine.Count(r => r.ReceivedOn <= last && (r.ClosedOn is null || r.ClosedOn > last)))
                {
                    return false;
                }

                foreach (var outcome in Enum.GetValues<RequestOutcome>())
                {
                    var expected = mine.Count(r => r.Outcome == outcome && r.ClosedOn is { } c && c >= first && c <= last);
                    if (t.Cell(outcome, kind) != expected)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Property(MaxTest = 200)]
    public Property Table_C_group_totals_are_the_sums_of_their_results_and_match_an_independent_count() =>
        Prop.ForAll(RemedyGen.ArrayOf().ToArbitrary(), records =>
        {
            var t = RemediesTable.Compute(Year, records);
            var first = new DateOnly(Year, 1, 1);
            var last = new DateOnly(Year, 12, 31);
            return Enum.GetValues<RemedyKind>().All(k =>
            {
                var seen = records.Where(r => r.Kind == k && r.FiledOn <= last && (r.DecidedOn is null || r.DecidedOn >= first)).ToList();
                var pending = seen.Count(r => r.DecidedOn is null || r.DecidedOn > last);
                return t.Cell(k, null) == Enum.GetValues<RemedyResult>().Sum(r => t.Cell(k, r))
                    && t.Cell(k, null) == seen.Count
                    && t.Cell(k, RemedyResult.Pending) == pending
                    && t.Cell(k, RemedyResult.Upheld) == seen.Count(r => r.Result == RemedyResult.Upheld && r.DecidedOn <= last);
            });
        });
}
