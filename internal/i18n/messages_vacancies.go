package i18n

// vacancyMessages are the texts of the vacancy back office and public vacancy search.
var vacancyMessages = map[string]message{}
