namespace Parley.Coding.Evaluation;

/// <summary>A gold event and the prediction matched to it (same sentence, actors' countries and CAMEO root), and how far they agree beyond that.</summary>
public sealed record EventMatch(GoldEvent Gold, EventRecord Predicted)
{
    /// <summary>The CAMEO codes are identical, not just their roots.</summary>
    public bool SameCode => Gold.Cameo == Predicted.Cameo;

    public bool SameModality => Gold.Modality == Predicted.Modality;

    /// <summary>The date values are equal (a day is not a month); two missing dates agree.</summary>
    public bool SameDate => Gold.EventDate == Predicted.EventDate?.Value;

    /// <summary>
    /// The prediction's date, cut to the gold's precision, equals the gold's: <c>2021-03-02</c> is right for a gold
    /// <c>2021-03</c>, <c>2021-03</c> is not right for a gold <c>2021-03-02</c>. Two missing dates agree.
    /// </summary>
    public bool SameDateToGoldPrecision => (Gold.EventDate, Predicted.EventDate?.Value) switch
    {
        (null, null) => true,
        ({ } gold, { } predicted) => predicted.StartsWith(gold, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The location countries are equal; no location agrees with no location.</summary>
    public bool SameLocation => Gold.Location == Predicted.Location?.Country;

    /// <summary>Both have an attribution or neither has (who is credited is not compared).</summary>
    public bool SameAttributionPresence => (Gold.Attribution is null) == (Predicted.Attribution is null);
}
