using Zwgk.Domain.Requests;

namespace Zwgk.Domain.Tests.Requests;

public sealed class SubmissionKeyTests
{
    [Fact]
    public void A_key_read_back_from_its_form_gives_the_same_lookup_and_the_same_access_code()
    {
        var key = SubmissionKey.New();
        var again = SubmissionKey.Parse(key.Value)!;

        Assert.Equal(22, key.Value.Length);
        Assert.Equal(key.LookupHash, again.LookupHash);
        Assert.Equal(key.AccessCode(), again.AccessCode());
        Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", key.AccessCode());
        Assert.True(AccessCode.Verify(again.AccessCode(), AccessCode.Hash(key.AccessCode())));
    }

    [Fact]
    public void Two_keys_are_two_filings()
    {
        var a = SubmissionKey.New();
        var b = SubmissionKey.New();
        Assert.NotEqual(a.LookupHash, b.LookupHash);
        Assert.NotEqual(a.AccessCode(), b.AccessCode());
        // The code is not the lookup: knowing what the database keeps does not give the code.
        Assert.DoesNotContain(a.AccessCode(), a.LookupHash, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAA=")] // padding is not part of the form's spelling
    [InlineData("AAAAAAAAAAAAAAAAAAAAA+")] // not URL-safe
    [InlineData("AAAAAAAAAAAAAAAAAAAAAB")] // the same 16 bytes as …AA, spelt with the two unused bits set
    public void Anything_but_a_canonical_key_is_no_key(string? value)
    {
        Assert.Null(SubmissionKey.Parse(value));
        Assert.NotNull(SubmissionKey.Parse("AAAAAAAAAAAAAAAAAAAAAA"));
    }
}
