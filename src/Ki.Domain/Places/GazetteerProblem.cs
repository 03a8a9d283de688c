namespace Ki.Domain.Places;

/// <summary>Why a set of districts and municipalities does not make a consistent gazetteer, and which place is at fault.</summary>
/// <param name="District">The district at fault, if the problem is one of a district.</param>
/// <param name="Municipality">The municipality at fault, if the problem is one of a municipality.</param>
/// <param name="Field">The field at fault, such as <c>population</c>.</param>
/// <param name="Message">What is wrong, as a sentence.</param>
/// <param name="MessageGerman">The same in German.</param>
internal sealed record GazetteerProblem(DistrictKey? District, MunicipalityKey? Municipality, string Field, string Message, string MessageGerman)
{
    /// <summary>The field name of problems with the towns that run their own centre.</summary>
    public const string SeparateCentreField = "separate centre";
}
