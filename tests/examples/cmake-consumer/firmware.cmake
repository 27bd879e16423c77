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

# The device macro as STM32CubeMX's CMake project passes it: on an INTERFACE
# target the firmware links (cmake/stm32cubemx/CMakeLists.txt of a generated
# project), not on sysboot's. Empty DEVICE_MACRO: a project without one.
set(DEVICE_MACRO "STM32F405xx" CACHE STRING "CMSIS device macro of the firmware; empty for none")
add_library(stm32cubemx INTERFACE)
target_compile_definitions(stm32cubemx INTERFACE USE_HAL_DRIVER ${DEVICE_MACRO})
target_link_libraries(console.elf PRIVATE stm32cubemx)
