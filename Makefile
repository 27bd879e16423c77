# sysboot: top-level entry points. See README.md.
.PHONY: all test demo bench benchmarks host docs setup clean

all: host

setup:
	./scripts/setup-debian

host:
	$(MAKE) -C host

docs:
	$(MAKE) -C host docs
	$(MAKE) -C tools families

test:
	./tests/run_all.sh

demo:
	./examples/demo/run.sh

bench:
	./bench/run.sh

# Measured figures (sizes, instructions to the ROM; a 64 KiB update against
# stm32flash): writes docs/benchmarks.md and docs/benchmarks-flash.md
benchmarks:
	./benchmarks/run.sh
	./benchmarks/flash_update.sh

clean:
	rm -rf build host/build bench/build benchmarks/build
