using Ki.Domain.Programmes;

namespace Ki.Domain.Applications;

/// <summary>
/// One finding of the <see cref="ApplicationValidator"/>: a field of the application that breaks its structure, with
/// the stable <c>KI-APP-...</c> code and the message in German and English.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class ApplicationFinding
{
    internal ApplicationFinding(string code, string field, LocalizedText message)
    {
        Code = code;
        Field = field;
        Message = message;
    }

    /// <summary>The stable code, one of <see cref="ApplicationCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The field of the application, such as <c>EligibleCosts</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong, in German and English.</summary>
    public LocalizedText Message { get; }

    /// <summary>Returns the code, the field and the English message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Field}: {Message.English}";
}
