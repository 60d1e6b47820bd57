package i18n_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/inclusive"
	"github.com/podium-portal/podium/internal/vacancies"
	"github.com/podium-portal/podium/internal/vacancyadmin"
)

// TestVacancyKeysAreInTheCatalogue checks that every message key the
// vacancy domain can hand the web layer exists: every field error of
// vacancies.MessageKeys, every problem of a CSV import, the name of every
// value a vacancy can have (provinces, statuses, education levels,
// employment types, labels with their explanations, sort orders), the
// label of every import column, and the categories, severities and
// balances of the inclusive-language check.
func TestVacancyKeysAreInTheCatalogue(t *testing.T) {
	keys := slices.Concat(vacancies.MessageKeys(), vacancyadmin.ImportKeys())
	for _, p := range vacancies.Provinces() {
		keys = append(keys, "province."+p)
	}
	for _, s := range vacancies.Statuses() {
		keys = append(keys, "vacancy.status."+string(s))
	}
	for _, e := range vacancies.EducationLevels() {
		keys = append(keys, "vacancy.education."+e)
	}
	for _, e := range vacancies.EmploymentTypes() {
		keys = append(keys, "vacancy.employment."+e)
	}
	for _, l := range vacancies.Labels() {
		keys = append(keys, "vacancy.label."+l, "vacancy.label."+l+".short", "vacancy.label."+l+".explain")
	}
	for _, s := range []vacancies.Sort{vacancies.SortRelevance, vacancies.SortNewest, vacancies.SortClosing} {
		keys = append(keys, "vacancy.sort."+string(s))
	}
	for _, c := range vacancyadmin.Columns() {
		keys = append(keys, "vacancy.field."+c)
	}
	for _, c := range []string{inclusive.CategoryMasculine, inclusive.CategoryFeminine, inclusive.CategoryExclusionary,
		inclusive.CategoryAge, inclusive.CategoryAbility, inclusive.CategoryLanguage, inclusive.CategoryGender} {
		keys = append(keys, "inclusive.category."+c)
	}
	for _, s := range []string{inclusive.SeverityInfo, inclusive.SeverityWarning} {
		keys = append(keys, "inclusive.severity."+s)
	}
	for _, b := range []string{inclusive.BalanceMasculine, inclusive.BalanceFeminine, inclusive.BalanceNeutral} {
		keys = append(keys, "inclusive.balance."+b)
	}
	if len(vacancies.MessageKeys()) < 20 || len(keys) < 100 {
		t.Fatalf("only %d keys to check (%d field errors); did a list go missing?", len(keys), len(vacancies.MessageKeys()))
	}
	have := map[string]bool{}
	for _, k := range i18n.Keys() {
		have[k] = true
	}
	for _, k := range keys {
		if !have[k] {
			t.Errorf("the catalogue has no message %q", k)
		}
	}
}

// TestImportRowLimitIsInTheMessages keeps the texts that name the import's
// row limit in step with vacancyadmin.MaxImportRows.
func TestImportRowLimitIsInTheMessages(t *testing.T) {
	for _, key := range []string{vacancyadmin.ErrImportTooMany, "vacancy.import.file.h"} {
		for _, l := range i18n.Langs() {
			if got := i18n.T(l, key); !strings.Contains(got, "1000") || vacancyadmin.MaxImportRows != 1000 {
				t.Errorf("%s in %s = %q; the limit is %d", key, l, got, vacancyadmin.MaxImportRows)
			}
		}
	}
}
