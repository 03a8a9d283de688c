using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// What names a kind of criterion, as data given to <see cref="Criterion"/>: its type in rule files, its stable
/// result code, its title (the start of its message) and the legal reference it applies unless a rule names another.
/// </summary>
/// <param name="Type">The type name used in rule files, such as <c>applicant-kind</c>.</param>
/// <param name="Code">The stable code, such as <c>KI-ELIG-APPLICANT-KIND</c>.</param>
/// <param name="Title">What the criterion checks, in German and English.</param>
/// <param name="DefaultReference">The legal reference when the rule gives none.</param>
internal sealed record CriterionKind(string Type, string Code, LocalizedText Title, string DefaultReference);
