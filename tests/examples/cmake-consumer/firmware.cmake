# The firmware every CMake test builds: the bare-metal console example for
# the STM32F405, linked with sysboot::sysboot. SYSBOOT_SOURCE_DIR names the
# sysboot tree whose examples/ it compiles.
set(EXAMPLES ${SYSBOOT_SOURCE_DIR}/examples)
add_executable(console.elf
    ${EXAMPLES}/baremetal/main.c
    ${EXAMPLES}/common/startup.c
    ${EXAMPLES}/common/board_f405.c)
set_target_properties(console.elf PROPERTIES C_STANDARD 99 C_EXTENSIONS OFF)
target_compile_definitions(console.elf PRIVATE BOARD_STM32F405)
target_compile_options(console.elf PRIVATE -Wall -Wextra -Werror -pedantic -ffreestanding -Os)
target_include_directories(console.elf PRIVATE ${EXAMPLES}/common)
target_link_libraries(console.elf PRIVATE sysboot::sysboot)
target_link_options(console.elf PRIVATE -nostdlib -T${EXAMPLES}/common/stm32f405.ld
                    -Wl,-Map=${CMAKE_CURRENT_BINARY_DIR}/console.map)
target_link_libraries(console.elf PRIVATE gcc)
