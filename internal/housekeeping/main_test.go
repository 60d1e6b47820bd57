package housekeeping

import (
	"testing"

	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }
