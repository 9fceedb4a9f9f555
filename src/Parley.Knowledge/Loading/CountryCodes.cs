namespace Parley.Knowledge.Loading;

/// <summary>The alpha-3 codes a load knows about, for checking the codes other files use.</summary>
internal sealed class CountryCodes(IEnumerable<string> alpha3)
{
    private readonly HashSet<string> _codes = new(alpha3, StringComparer.Ordinal);

    public bool Contains(string code) => _codes.Contains(code);
}
