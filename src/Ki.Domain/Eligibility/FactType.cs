namespace Ki.Domain.Eligibility;

/// <summary>The type of a named fact of an application, as a rule file declares it.</summary>
/// <remarks>There is deliberately no member with the value 0: <c>default(FactType)</c> is not a type.</remarks>
public enum FactType
{
    /// <summary>Zahl: a decimal number such as a count of participants or of refugees housed, written <c>180</c> or <c>12.5</c>.</summary>
    Number = 1,

    /// <summary>Betrag: an amount in euros, exact to the cent, written <c>1234.56</c>.</summary>
    Amount = 2,

    /// <summary>Datum: a calendar date, written <c>2016-03-01</c>.</summary>
    Date = 3,

    /// <summary>Schlüssel: an identifier such as an AGS or a membership code, compared as written (ordinal).</summary>
    Key = 4,
}
