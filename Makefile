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

# Measured figures (sizes, instructions to the ROM): writes docs/benchmarks.md
benchmarks:
	./benchmarks/run.sh

clean:
	rm -rf build host/build bench/build benchmarks/build
