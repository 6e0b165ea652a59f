namespace Zwgk.Web.Workflow;

/// <summary>One problem of an uploaded spreadsheet: the Excel row number (the header is row 1), the column and what is wrong.</summary>
public sealed record SheetError(int Row, string Column, string Problem);
