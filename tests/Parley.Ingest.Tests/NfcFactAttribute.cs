using System.Text;

namespace Parley.Ingest.Tests;

/// <summary>
/// A fact about Unicode NFC. .NET composes characters only with ICU; a process with invariant
/// globalization (the repository's default) leaves text as it is, so the fact is skipped there, saying why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NfcFactAttribute : FactAttribute
{
    public NfcFactAttribute()
    {
        if ("e\u0301".Normalize(NormalizationForm.FormC) != "\u00E9")
        {
            Skip = "this process runs with invariant globalization, where .NET does not compose Unicode (NFC)";
        }
    }
}
