namespace Parley.Knowledge.Places;

/// <summary>What a gazetteer entry is; when a name is ambiguous, countries rank before capitals, capitals before other places.</summary>
public enum PlaceKind
{
    /// <summary>A whole country, placed at its centroid.</summary>
    Country,
    /// <summary>The capital (or seat of government) of a country.</summary>
    Capital,
    /// <summary>Any other populated place.</summary>
    City,
    /// <summary>A named site that is not a settlement (a base, a strait, a region).</summary>
    Site,
}
